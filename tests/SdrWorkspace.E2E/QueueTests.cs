using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class QueueTests(AppFixture app)
{
    [Fact]
    public async Task TheQueueOpensOnReturnsAndUnansweredHandRaisesWithTheirSlaTicking()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var queue = new QueuePage(page);

        // SQLs the AEs returned come first (the demo company has some), then unanswered hand-raises.
        await Expect(queue.ReasonOf(queue.Rows.First)).ToContainTextAsync(new Regex("^Returned by the AE: |not answered yet"));
        var top = queue.Rows.Filter(new() { HasText = "not answered yet" }).First;

        await Expect(queue.ReasonOf(top)).ToContainTextAsync("not answered yet");
        await Expect(queue.SlaOf(top)).ToHaveTextAsync(new Regex(@"^(due in|overdue by) \d+:\d\d$"));
        var first = await queue.SlaOf(top).InnerTextAsync();
        await Expect(queue.SlaOf(top)).Not.ToHaveTextAsync(first, new() { Timeout = 5000 });
    }

    [Fact]
    public async Task LoggingACallWithOneKeyAnswersTheHandRaiseAndMovesTheLeadOn()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var queue = new QueuePage(page);
        var top = queue.Rows.First;
        var leadId = await queue.LeadIdOfAsync(top);

        await queue.PressAsync("c");

        await Expect(page.GetByText(new Regex("^Logged call \\(no answer\\)"))).ToBeVisibleAsync();
        await Expect(queue.Rows.First.Locator($"a[href='leads/{leadId}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ALeadAManagerHandsToAnSdrAppearsInTheirOpenQueueWithoutAReload()
    {
        var other = await LoginPage.SignedInAsync(app, DemoAccounts.OtherSdr);
        var leadId = await new QueuePage(other).LeadIdOfAsync(new QueuePage(other).Rows.Nth(3));

        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var queue = new QueuePage(page);
        var before = await queue.CountAsync();

        var manager = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        await manager.GotoAsync($"/leads/{leadId}");
        await LoginPage.WaitUntilInteractiveAsync(manager);
        await manager.GetByRole(AriaRole.Group, new() { Name = "Reassign" }).GetByRole(AriaRole.Combobox, new() { Name = "New owner" }).ClickAsync();
        await manager.GetByRole(AriaRole.Option, new() { Name = "Sam Rivera" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Reassign" }).ClickAsync();
        await Expect(manager.GetByText("Reassigned to Sam Rivera.")).ToBeVisibleAsync();

        await Expect(queue.Count).ToContainTextAsync($"{before + 1:N0} workable leads", new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task ADemoRequestPostedWhileTheQueueIsOpenPutsThatLeadOnTopWithoutAReload()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var queue = new QueuePage(page);
        var quiet = queue.Rows.Last;
        var leadId = await queue.LeadIdOfAsync(quiet);
        using var api = new IngestionApi(app.Server.BaseUrl);

        await api.PostEventAsync(await api.EmailOfLeadAsync(leadId), "demo_request");

        // It jumps from the bottom of the page into the speed-to-lead group at the top, with its SLA running.
        var row = queue.Rows.Filter(new() { Has = page.Locator($"a[href='leads/{leadId}']") });
        await Expect(row).ToHaveClassAsync(new Regex("tier-speedtolead"), new() { Timeout = 10_000 });
        await Expect(queue.ReasonOf(row)).ToHaveTextAsync("Demo request, not answered yet");
        await Expect(queue.SlaOf(row)).ToContainTextAsync("due in");
        await Expect(queue.Rows.Last.Locator($"a[href='leads/{leadId}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NextShowsTheFollowingLeadsAndPreviousBringsTheFirstPageBack()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var queue = new QueuePage(page);
        var first = await queue.LeadIdsAsync();

        await queue.NextPageAsync();
        await Expect(queue.Count).ToContainTextAsync("page 2");
        var second = await queue.LeadIdsAsync();
        await queue.PreviousPageAsync();
        await Expect(queue.Count).ToContainTextAsync("page 1");
        var back = await queue.LeadIdsAsync();

        Assert.Equal(25, first.Count);
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(first.Order(), back.Order());
    }
}

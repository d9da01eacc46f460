using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Queue;

public class QueuePageTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    /// <summary>The snackbars the layout shows now (a provider rendered after they were added).</summary>
    private IRenderedComponent<MudSnackbarProvider> Snackbars() => Context.Render<MudSnackbarProvider>();

    private string LastSnackbar() => Snackbars().FindAll(".mud-snackbar-content-message").Last().TextContent.Trim();

    private async Task<IRenderedComponent<QueuePage>> OpenQueueAsync()
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        // The queue opens with the filter its user last had; these tests share one user, so each starts unfiltered.
        await App.Services.GetRequiredService<RememberedFilters>().SetAsync(sdr, RememberedFilters.Screens.Queue, new QueueFilter());
        var queue = Context.Render<QueuePage>();
        queue.WaitForAssertion(() => Assert.NotEmpty(Rows(queue)), TimeSpan.FromSeconds(10));
        return queue;
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<QueuePage> queue) => queue.FindAll("tbody tr.queue-row");

    private static int SelectedIndex(IRenderedComponent<QueuePage> queue) =>
        Rows(queue).Select((row, i) => (row, i)).Single(r => r.row.ClassList.Contains("selected")).i;

    private static int LeadIdOf(IElement row) => int.Parse(row.QuerySelector("a.lead-link")!.GetAttribute("href")!.Split('/').Last());

    private static Task PressAsync(IRenderedComponent<QueuePage> queue, string key) =>
        queue.Find("div.queue").KeyDownAsync(new KeyboardEventArgs { Key = key });

    private async Task<int> TouchesOnAsync(int leadId)
    {
        await using var db = App.CreateDbContext();
        return await db.Touches.CountAsync(t => t.LeadId == leadId);
    }

    [Fact]
    public async Task TheQueueOpensOnItsFirstRowAndTakesTheKeyboardWithoutScrolling()
    {
        var queue = await OpenQueueAsync();

        Assert.Equal(0, SelectedIndex(queue));
        var focus = Context.JSInterop.VerifyFocusAsyncInvoke();
        Assert.Equal(true, focus.Arguments[1]);
        Assert.Contains("workable leads · page 1", queue.Find("[data-testid=queue-count]").TextContent);
    }

    [Fact]
    public async Task ArrowDownAndJMoveTheSelectionDown()
    {
        var queue = await OpenQueueAsync();

        await PressAsync(queue, "ArrowDown");
        Assert.Equal(1, SelectedIndex(queue));
        await PressAsync(queue, "j");

        Assert.Equal(2, SelectedIndex(queue));
    }

    [Fact]
    public async Task ArrowUpAndKMoveTheSelectionBackUpButNotPastTheTop()
    {
        var queue = await OpenQueueAsync();
        await PressAsync(queue, "j");
        await PressAsync(queue, "j");

        await PressAsync(queue, "ArrowUp");
        Assert.Equal(1, SelectedIndex(queue));
        await PressAsync(queue, "k");
        await PressAsync(queue, "k");

        Assert.Equal(0, SelectedIndex(queue));
    }

    [Fact]
    public async Task EnterOpensTheSelectedLead()
    {
        var queue = await OpenQueueAsync();
        await PressAsync(queue, "j");
        var second = LeadIdOf(Rows(queue)[1]);

        await PressAsync(queue, "Enter");

        Assert.EndsWith($"/leads/{second}", Context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task QOpensTheSelectedLeadsQualification()
    {
        var queue = await OpenQueueAsync();
        var first = LeadIdOf(Rows(queue)[0]);

        await PressAsync(queue, "q");

        Assert.EndsWith($"/leads/{first}/qualify", Context.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Theory]
    [InlineData("c", "Logged call (no answer)")]
    [InlineData("v", "Logged call (left voicemail)")]
    [InlineData("e", "Logged email (sent)")]
    public async Task AQuickTouchKeyLogsThatTouchOnTheSelectedLeadAndConfirmsIt(string key, string confirmation)
    {
        var queue = await OpenQueueAsync();
        await PressAsync(queue, "j");
        var row = Rows(queue)[1];
        var (leadId, name) = (LeadIdOf(row), row.QuerySelector("a.lead-link")!.TextContent.Trim());
        var before = await TouchesOnAsync(leadId);

        await PressAsync(queue, key);

        Assert.Equal($"{confirmation} for {name}.", LastSnackbar());
        Assert.Equal(before + 1, await TouchesOnAsync(leadId));
    }

    [Fact]
    public async Task UndoInTheConfirmationTakesTheTouchBack()
    {
        var queue = await OpenQueueAsync();
        var leadId = LeadIdOf(Rows(queue)[0]);
        var before = await TouchesOnAsync(leadId);
        await PressAsync(queue, "c");
        Assert.Equal(before + 1, await TouchesOnAsync(leadId));

        await Snackbars().FindAll(".mud-snackbar-action-button").Single(b => b.TextContent.Trim() == "Undo").ClickAsync(new());

        Assert.Equal("Touch undone.", LastSnackbar());
        Assert.Equal(before, await TouchesOnAsync(leadId));
    }

    [Fact]
    public async Task AQuickTouchButtonLogsThatTouchOnItsRow()
    {
        var queue = await OpenQueueAsync();
        var row = Rows(queue)[2];
        var leadId = LeadIdOf(row);
        var before = await TouchesOnAsync(leadId);

        await row.QuerySelector("button[aria-label='Email sent (e)']")!.ClickAsync(new());

        Assert.StartsWith("Logged email (sent)", LastSnackbar());
        Assert.Equal(before + 1, await TouchesOnAsync(leadId));
    }

    [Fact]
    public async Task ClickingARowSelectsItAndTheRowKeepsItsClickHandlerWhenThePageRedraws()
    {
        var queue = await OpenQueueAsync();
        var handler = Rows(queue)[2].GetAttribute("blazor:onclick");

        await Rows(queue)[2].ClickAsync(new());
        Assert.Equal(2, SelectedIndex(queue));
        await PressAsync(queue, "j");
        Assert.Equal(3, SelectedIndex(queue));
        await Rows(queue)[2].ClickAsync(new());

        Assert.Equal(2, SelectedIndex(queue));
        // The renderer kept the row's handler across the redraws instead of registering a new one each time.
        Assert.NotNull(handler);
        Assert.Equal(handler, Rows(queue)[2].GetAttribute("blazor:onclick"));
    }

    [Fact]
    public async Task RowsAreMarkupNotComponentsAndTheQuickTouchesKeepTheirNamesAsNativeTitles()
    {
        var queue = await OpenQueueAsync();

        foreach (var row in Rows(queue))
        {
            var buttons = row.QuerySelectorAll("td.quick-touch button");
            Assert.Equal(["Call, no answer (c)", "Call, left voicemail (v)", "Email sent (e)"], buttons.Select(b => b.GetAttribute("aria-label")));
            Assert.All(buttons, b => Assert.Equal(b.GetAttribute("aria-label"), b.GetAttribute("title")));
            Assert.Contains("mud-chip", row.QuerySelector("td.queue-stage .stage-badge")!.ClassName);
        }
        // No per-row tooltip popovers, chips with key interceptors or table row components held by the circuit.
        Assert.Empty(queue.FindComponents<MudTooltip>());
        Assert.DoesNotContain(queue.FindComponents<MudChip<string>>(),
            c => c.Instance.Class?.Contains("stage-badge") == true || c.Instance.Class?.Contains("sla-countdown") == true);
        Assert.Empty(queue.FindComponents<MudTr>());
    }

    [Fact]
    public async Task NextShowsTheFollowingLeadsAndPreviousBringsTheFirstPageBack()
    {
        var queue = await OpenQueueAsync();
        var first = Rows(queue).Select(LeadIdOf).ToList();

        await queue.FindAll("button").Single(b => b.TextContent.Trim() == "Next").ClickAsync(new());
        queue.WaitForAssertion(() => Assert.Contains("page 2", queue.Find("[data-testid=queue-count]").TextContent));
        var second = Rows(queue).Select(LeadIdOf).ToList();
        await queue.FindAll("button").Single(b => b.TextContent.Trim() == "Previous").ClickAsync(new());
        queue.WaitForAssertion(() => Assert.Contains("page 1", queue.Find("[data-testid=queue-count]").TextContent));

        Assert.Equal(QueueService.PageSize, first.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(first.Order(), Rows(queue).Select(LeadIdOf).Order());
    }

    [Theory]
    [InlineData("Overdue", "Overdue")]
    [InlineData("DueToday", "Due today")]
    public async Task ADueChipShowsJustThoseFollowUpsEachMarkedSoAndAsManyAsItCounts(string state, string mark)
    {
        var queue = await OpenQueueAsync();
        var chip = queue.Find($"[data-testid=due-chip-{state}]");
        var counted = int.Parse(chip.QuerySelector("strong")!.TextContent);

        await chip.ClickAsync(new());

        queue.WaitForAssertion(() => Assert.StartsWith($"{counted:N0} workable", queue.Find("[data-testid=queue-count]").TextContent));
        Assert.All(Rows(queue).Take(QueueService.PageSize), row => Assert.Contains(mark, row.QuerySelector("[data-testid=queue-next-step]")!.TextContent));
        Assert.Equal("true", queue.Find($"[data-testid=due-chip-{state}]").GetAttribute("aria-pressed"));
    }
}

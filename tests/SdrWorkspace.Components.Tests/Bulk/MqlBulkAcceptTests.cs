using System.Security.Claims;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Mqls.Inbox;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Bulk;

/// <summary>Accepting several MQLs at once in the inbox.</summary>
public class MqlBulkAcceptTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private async Task<(IRenderedComponent<MqlInboxPage> Page, List<int> Mqls)> OpenWithNewMqlsAsync(int count)
    {
        var sdr = await SignInAsync(DemoUsers.Sdr);
        var mqls = new List<int>();
        for (var i = 0; i < count; i++)
            mqls.Add(await App.AddMqlAsync(sdr.FindFirstValue(ClaimTypes.NameIdentifier)!));
        RenderProviders();
        var page = Context.Render<MqlInboxPage>();
        page.WaitForAssertion(() => Assert.NotNull(ItemOf(page, mqls[^1])), TimeSpan.FromSeconds(10));
        return (page, mqls);
    }

    private static IElement? ItemOf(IRenderedComponent<MqlInboxPage> page, int leadId) =>
        page.FindAll("ul.mql-inbox > li").FirstOrDefault(li => li.QuerySelector($"a[href='leads/{leadId}']") is not null);

    private static Task TickAsync(IRenderedComponent<MqlInboxPage> page, int leadId) =>
        ItemOf(page, leadId)!.QuerySelector("input[type=checkbox]")!.ChangeAsync(new ChangeEventArgs { Value = true });

    private async Task<LifecycleStage> StageOfAsync(int leadId)
    {
        await using var db = App.CreateDbContext();
        return (await db.Leads.SingleAsync(l => l.Id == leadId)).Stage;
    }

    [Fact]
    public async Task AcceptWaitsForASelection()
    {
        var (page, _) = await OpenWithNewMqlsAsync(1);

        Assert.True(page.Find("button:contains('Accept selected')").HasAttribute("disabled"));
        Assert.Equal("Select MQLs to accept several at once", page.Find("[data-testid=bulk-count]").TextContent);
    }

    [Fact]
    public async Task TheSelectedMqlsAreAcceptedTogetherAndTheReportSaysHowMany()
    {
        var (page, mqls) = await OpenWithNewMqlsAsync(3);

        await TickAsync(page, mqls[0]);
        await TickAsync(page, mqls[2]);
        page.WaitForAssertion(() => Assert.Equal("2 selected", page.Find("[data-testid=bulk-count]").TextContent));
        await page.Find("button:contains('Accept selected')").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("2 accepted.", page.Find("[data-testid=bulk-outcome]").TextContent), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Null(ItemOf(page, mqls[0])));
        Assert.NotNull(ItemOf(page, mqls[1]));
        Assert.Equal(LifecycleStage.SAL, await StageOfAsync(mqls[0]));
        Assert.Equal(LifecycleStage.MQL, await StageOfAsync(mqls[1]));
        Assert.Equal(LifecycleStage.SAL, await StageOfAsync(mqls[2]));
    }

    [Fact]
    public async Task SelectAllTicksEveryMqlShown()
    {
        var (page, _) = await OpenWithNewMqlsAsync(2);
        var shown = page.FindAll("ul.mql-inbox > li").Count;

        await page.TickAsync("Select all on this page");

        page.WaitForAssertion(() => Assert.Equal($"{shown} selected", page.Find("[data-testid=bulk-count]").TextContent));
    }
}

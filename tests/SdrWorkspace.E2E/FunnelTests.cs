using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>The funnel on the dashboards: how far the period's leads got, and where they are today.</summary>
[Collection(AppCollection.Name)]
public sealed class FunnelTests(AppFixture app)
{
    [Fact]
    public async Task AManagerSeesTheFunnelNarrowFromLeadToOpportunity()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var dashboards = new DashboardsPage(page);
        await dashboards.OpenAsync();

        var reached = new List<int>();
        foreach (var stage in new[] { "Lead", "MQL", "SAL", "SQL", "Opportunity" })
            reached.Add(await dashboards.ReachedAsync(stage));

        Assert.True(reached[0] > 0);
        Assert.Equal(reached.OrderByDescending(r => r), reached);
        await Expect(page.GetByText("against a benchmark of about 13%")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WhereTheCohortIsNowShowsTheLeadsInEachStageToday()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Marketing);
        var dashboards = new DashboardsPage(page);
        await dashboards.OpenAsync();
        var inMql = await dashboards.FigureAsync("In MQL today");
        Assert.True(inMql > 0, "the demo data should have MQLs created in the last 90 days");

        await dashboards.DrillIntoAsync("In MQL today");

        await Expect(dashboards.DrillDown.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"In MQL today: {inMql:N0}");
        await Expect(dashboards.DrilledLeads).ToHaveCountAsync(Math.Min(inMql, 100));
        foreach (var stage in await dashboards.DrilledLeads.Locator(".stage-badge").AllInnerTextsAsync())
            Assert.Equal("MQL", stage);
    }

    [Fact]
    public async Task TheOldFunnelAddressOpensTheDashboards()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);

        await page.GotoAsync("/funnel");

        await Expect(page).ToHaveURLAsync(new Regex("/dashboards$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboards", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Funnel" })).ToHaveCountAsync(0);
    }
}

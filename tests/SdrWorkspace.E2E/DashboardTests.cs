using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed partial class DashboardTests(AppFixture app)
{
    [Fact]
    public async Task AManagerDrillsIntoTheSqlsOfTheFunnelAndExportsExactlyThoseLeads()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var dashboards = new DashboardsPage(page);
        await dashboards.OpenAsync();
        var sqls = await dashboards.ReachedAsync("SQL");

        await dashboards.DrillIntoAsync("Reached SQL");
        await Expect(dashboards.DrillDown.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Reached SQL: {sqls:N0}");
        await Expect(dashboards.DrilledLeads).ToHaveCountAsync(Math.Min(sqls, 100));
        var csv = await dashboards.ExportCsvAsync();

        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,First name,Last name,Email", rows[0]);
        Assert.Equal(sqls, rows.Length - 1);
        Assert.All(rows.Skip(1), row => Assert.Matches(StageColumn(), row));
    }

    [Fact]
    public async Task ClickingAColumnOfAChartShowsItsLeads()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var dashboards = new DashboardsPage(page);
        await dashboards.OpenAsync();
        var unanswered = await dashboards.FigureAsync("Hand-raises not answered yet");
        Assert.True(unanswered > 0, "the demo data should have unanswered hand-raises");

        await dashboards.ClickLastResponseTimeColumnAsync();

        await Expect(dashboards.DrillDown.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Hand-raises not answered yet: {unanswered:N0}");
        await Expect(dashboards.DrillDown).ToBeInViewportAsync();
    }

    [Fact]
    public async Task APeriodOfDatesCountsOnlyTheLeadsCreatedInIt()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var dashboards = new DashboardsPage(page);
        await dashboards.OpenAsync();
        Assert.True(await dashboards.ReachedAsync("Lead") > 0);

        await dashboards.ChooseDatesAsync("2031-01-01", "2031-01-31");

        await Expect(page.GetByTestId("reached-Lead")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("mql-to-sql")).ToHaveTextAsync("n/a");
    }

    [Fact]
    public async Task MarketingSeesTheFunnelButNotRepProductivity()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Marketing);
        await new DashboardsPage(page).OpenAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Funnel", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calibration" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rep productivity" })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Rep", new() { Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnSdrCannotOpenTheDashboardsNorEditTheDefinition()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Dashboards" })).ToHaveCountAsync(0);

        await page.GotoAsync("/dashboards");
        await page.WaitForURLAsync(url => url.Contains("/Account/AccessDenied", StringComparison.Ordinal));

        await page.GotoAsync("/queue");
        await LoginPage.WaitUntilInteractiveAsync(page);
        var definition = new DefinitionPages(page);
        await definition.OpenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = VersionInForce() })).ToBeVisibleAsync();
        await Expect(definition.NewDraftButton).ToHaveCountAsync(0);
    }

    [GeneratedRegex("^Version \\d+ in force$")]
    private static partial Regex VersionInForce();

    /// <summary>The stage column of an exported row: these are leads that reached SQL, so they are SQL or went on from it.</summary>
    [GeneratedRegex(",(SQL|Opportunity|SAL|Nurture|Disqualified),")]
    private static partial Regex StageColumn();
}

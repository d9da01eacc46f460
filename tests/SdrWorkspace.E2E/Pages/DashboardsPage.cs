using System.Globalization;
using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The managers' and marketing's dashboards: numbers that drill down to their leads.</summary>
public sealed class DashboardsPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/dashboards");
        await LoginPage.WaitUntilInteractiveAsync(page);
        await page.GetByTestId("reached-Lead").WaitForAsync();
    }

    /// <summary>Picks "Dates…" as the period and types two dates, the end first so the start never falls after it.</summary>
    public async Task ChooseDatesAsync(string from, string to)
    {
        await page.GetByLabel("Period", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Dates…" }).ClickAsync();
        await TypeDateAsync("To (inclusive)", to);
        await TypeDateAsync("From", from);
    }

    private async Task TypeDateAsync(string label, string date)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(date);
        await field.PressAsync("Tab");
    }

    public async Task<int> ReachedAsync(string stage) =>
        int.Parse(await page.GetByTestId($"reached-{stage}").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    /// <summary>Clicks the first number (or funnel bar) whose label is given ("Reached SQL").</summary>
    public async Task DrillIntoAsync(string figureLabel) =>
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{figureLabel}: ") }).First.ClickAsync();

    /// <summary>Clicks the last column of the first-response-time chart (fastest first, unanswered last).</summary>
    public async Task ClickLastResponseTimeColumnAsync() =>
        // MudChart draws a column as a thick stroke along a path of no width, which Playwright counts as invisible.
        await page.Locator("section[aria-labelledby='speed-heading'] figure path.mud-chart-bar").Last.ClickAsync(new() { Force = true });

    public async Task<int> FigureAsync(string label) =>
        int.Parse(await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{label}: ") }).First.InnerTextAsync(),
            NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    /// <summary>The drill-down opens as a dialog, over whatever part of the page the figure was on.</summary>
    public ILocator DrillDown => page.GetByRole(AriaRole.Dialog);

    public ILocator DrilledLeads => page.GetByRole(AriaRole.Table, new() { Name = "Leads behind the figure" }).Locator("tbody tr");

    public async Task<string> ExportCsvAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => DrillDown.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }
}

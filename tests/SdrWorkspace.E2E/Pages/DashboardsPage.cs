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

    /// <summary>Picks "Dates…" in the period drop-down (retried until the circuit handles the click) and types two dates.</summary>
    public async Task ChooseDatesAsync(string from, string to)
    {
        var option = page.Locator(".rz-dropdown-item", new() { HasText = "Dates…" }).First;
        for (var attempt = 0; attempt < 20 && !await option.IsVisibleAsync(); attempt++)
        {
            await page.Locator(".rz-dropdown:has(input[name='period'])").First.ClickAsync();
            await page.WaitForTimeoutAsync(250);
        }
        await option.ClickAsync();
        await SetDateAsync("To (inclusive)", to);
        await SetDateAsync("From", from);
    }

    private async Task SetDateAsync(string label, string date)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(date);
        await field.DispatchEventAsync("change");
    }

    public async Task<int> ReachedAsync(string stage) =>
        int.Parse(await page.GetByTestId($"reached-{stage}").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    /// <summary>Clicks the number in the funnel whose label is given ("Reached SQL").</summary>
    public async Task DrillIntoAsync(string figureLabel) =>
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{figureLabel}: ") }).First.ClickAsync();

    /// <summary>The columns of the first-response-time chart, fastest first, unanswered last.</summary>
    public ILocator ResponseTimeColumns => page.Locator("section[aria-labelledby='speed-heading'] .rz-chart .rz-column-series path");

    public async Task<int> FigureAsync(string label) =>
        int.Parse(await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{label}: ") }).First.InnerTextAsync(),
            NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    public ILocator DrillDown => page.GetByRole(AriaRole.Region, new() { Name = "Drill-down" });

    public ILocator DrilledLeads => page.GetByRole(AriaRole.Table, new() { Name = "Leads behind the figure" }).Locator("tbody tr");

    public async Task<string> ExportCsvAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => DrillDown.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }
}

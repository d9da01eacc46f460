using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>Marketing's MQL review: acceptance by source and campaign, and every MQL with its answer.</summary>
public sealed class MqlReviewPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/mql-review");
        await LoginPage.WaitUntilInteractiveAsync(page);
    }

    public async Task ShowAsync(string period, string answer)
    {
        await page.GetByLabel("Period").ChooseAsync(page, period);
        await page.GetByLabel("Answer").ChooseAsync(page, answer);
    }

    public ILocator Rows => page.GetByRole(AriaRole.Region, new() { Name = "MQLs", Exact = true }).Locator("tbody tr");

    public ILocator RowOf(string leadName) => Rows.Filter(new() { HasText = leadName }).First;
}

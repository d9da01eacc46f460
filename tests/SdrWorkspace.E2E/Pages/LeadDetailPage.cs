using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

public sealed class LeadDetailPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator TotalScore => page.GetByTestId("total-score");

    public ILocator FitScore => page.GetByTestId("fit-score");

    public ILocator Breakdown => page.GetByRole(AriaRole.Table, new() { Name = "Score breakdown" });

    public ILocator MqlVerdict => page.GetByTestId("mql-verdict");

    public ILocator Timeline => page.GetByRole(AriaRole.List, new() { Name = "Engagement events" });

    public ILocator History => page.GetByRole(AriaRole.Table, new() { Name = "Stage history" });

    public ILocator SharedWith => page.GetByTestId("shared-with");

    /// <summary>A manager shares the lead with an SDR through the share dialog.</summary>
    public async Task ShareWithAsync(string sdr)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Share lead" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Combobox, new() { Name = "Share with" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = sdr, Exact = true }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
    }
}

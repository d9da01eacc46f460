using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The SDR's MQL inbox: one article per waiting MQL, each with Accept and Reject (which asks why in a dialog).</summary>
public sealed class MqlInboxPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/mql-inbox");
        await LoginPage.WaitUntilInteractiveAsync(page);
    }

    public ILocator Items => page.GetByRole(AriaRole.List, new() { Name = "MQLs waiting" }).GetByRole(AriaRole.Article);

    /// <summary>The confirmation of the last decision (a snackbar).</summary>
    public ILocator Status => page.Locator(".mud-snackbar");

    public async Task<string> NameOfAsync(ILocator item) => await item.GetByRole(AriaRole.Heading, new() { Level = 2 }).InnerTextAsync();

    public async Task RejectAsync(ILocator item, string reason, string note)
    {
        await item.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Rejection reason").ChooseAsync(page, reason);
        await dialog.GetByLabel("Rejection note").FillAsync(note);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true }).ClickAsync();
    }
}

using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The SDR's MQL inbox: one article per waiting MQL, each with Accept and Reject.</summary>
public sealed class MqlInboxPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/mql-inbox");
        await LoginPage.WaitUntilInteractiveAsync(page);
    }

    public ILocator Items => page.GetByRole(AriaRole.List, new() { Name = "MQLs waiting" }).GetByRole(AriaRole.Article);

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public async Task<string> NameOfAsync(ILocator item) => await item.GetByRole(AriaRole.Heading, new() { Level = 2 }).InnerTextAsync();

    public async Task RejectAsync(ILocator item, string reason, string note)
    {
        await item.GetByLabel("Rejection reason").SelectOptionAsync(new SelectOptionValue { Label = reason });
        await item.GetByLabel("Rejection note").FillAsync(note);
        await item.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
    }
}

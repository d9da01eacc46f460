using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

public sealed class QueuePage(IPage page)
{
    public ILocator Rows => page.GetByTestId("queue-row");

    public ILocator Count => page.GetByTestId("queue-count");

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator ReasonOf(ILocator row) => row.GetByTestId("queue-reason");

    public ILocator SlaOf(ILocator row) => row.GetByTestId("sla");

    public async Task<int> CountAsync()
    {
        await Rows.First.WaitForAsync();
        var text = await Count.InnerTextAsync();
        return int.Parse(text[..text.IndexOf(' ')].Replace(",", ""));
    }

    /// <summary>The lead id behind a row's link.</summary>
    public async Task<int> LeadIdOfAsync(ILocator row)
    {
        var href = await row.Locator("a.lead-link").GetAttributeAsync("href");
        return int.Parse(href!.Split('/').Last());
    }

    public async Task PressAsync(string key)
    {
        await LoginPage.WaitUntilInteractiveAsync(page);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Queue: arrows")).FocusAsync();
        await page.Keyboard.PressAsync(key);
    }
}

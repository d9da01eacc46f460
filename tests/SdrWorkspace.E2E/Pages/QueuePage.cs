using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

public sealed class QueuePage(IPage page)
{
    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "Queue" });

    /// <summary>The lead rows, top to bottom (the table's body; its class says the tier and the selection).</summary>
    public ILocator Rows => Table.Locator("tbody tr.queue-row");

    public ILocator Count => page.GetByTestId("queue-count");

    public ILocator Status => page.GetByRole(AriaRole.Status);

    /// <summary>The navigation's follow-up counts next to "My queue" (on every page of an SDR).</summary>
    public ILocator FollowUpBadge => page.GetByTestId("followup-badge");

    /// <summary>The queue's "Overdue" or "Due today" chip (state: Overdue, DueToday).</summary>
    public ILocator DueChip(string state) => page.GetByTestId($"due-chip-{state}");

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

    /// <summary>The lead ids of the rows on the page, top to bottom.</summary>
    public async Task<IReadOnlyList<int>> LeadIdsAsync()
    {
        await Rows.First.WaitForAsync();
        var hrefs = await Rows.Locator("a.lead-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Select(h => int.Parse(h.Split('/').Last())).ToList();
    }

    public Task NextPageAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

    public Task PreviousPageAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Previous" }).ClickAsync();

    public async Task PressAsync(string key)
    {
        await LoginPage.WaitUntilInteractiveAsync(page);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Queue: arrows")).FocusAsync();
        await page.Keyboard.PressAsync(key);
    }
}

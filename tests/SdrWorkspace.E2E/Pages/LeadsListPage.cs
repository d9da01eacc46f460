using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

public sealed class LeadsListPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>Opens the list from the navigation, as a user does.</summary>
    public async Task OpenAsync(string menuItem = "My leads")
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = menuItem }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/leads", StringComparison.Ordinal));
        await Scores.First.WaitForAsync();
        await LoginPage.WaitUntilInteractiveAsync(page);
    }

    public ILocator LeadLinks => page.Locator("a.lead-link");

    public ILocator Scores => page.GetByTestId("lead-score");

    public ILocator StageBadges => page.Locator(".leads-grid .stage-badge");

    public ILocator Count => page.GetByTestId("lead-count");

    public async Task<IReadOnlyList<int>> ScoresAsync()
    {
        await Scores.First.WaitForAsync();
        return (await Scores.AllInnerTextsAsync()).Select(int.Parse).ToList();
    }

    /// <summary>Picks a stage in the Stage filter, as a user does: open the list, choose the option.</summary>
    public async Task FilterByStageAsync(string stage)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Stage" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = stage, Exact = true }).ClickAsync();
    }

    public async Task NextPageAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

    public async Task FilterBySourceAsync(string source)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Source" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = source, Exact = true }).ClickAsync();
    }

    public ILocator OwnerCells => page.Locator(".leads-grid td[data-label='Owner']");
}

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

    /// <summary>Picks a stage in the Radzen drop-down; retried until the circuit handles the click.</summary>
    public async Task FilterByStageAsync(string stage)
    {
        var option = page.Locator(".rz-dropdown-item", new() { HasText = stage }).First;
        for (var attempt = 0; attempt < 20 && !await option.IsVisibleAsync(); attempt++)
        {
            await page.Locator(".rz-dropdown[aria-label='Stage'], .rz-dropdown:has(input[name='stage'])").First.ClickAsync();
            await page.WaitForTimeoutAsync(250);
        }
        await option.ClickAsync();
    }

    public async Task NextPageAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
}

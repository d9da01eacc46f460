using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The search box in the app bar, on every page.</summary>
public sealed class GlobalSearchBox(IPage page)
{
    public ILocator Input => page.GetByRole(AriaRole.Banner).GetByLabel("Search leads and accounts");

    public ILocator Hits => page.GetByTestId("search-hit");

    /// <summary>Puts the cursor in the box with its key, as a user does from anywhere on a page.</summary>
    public async Task FocusWithKeyAsync()
    {
        await LoginPage.WaitUntilInteractiveAsync(page);
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(Input).ToBeFocusedAsync();
    }
}

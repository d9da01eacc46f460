using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>The frame around every screen: navigation, a way back from a wrong address, light and dark.</summary>
[Collection(AppCollection.Name)]
public sealed class ShellTests(AppFixture app)
{
    [Fact]
    public async Task AnUnknownAddressShowsANotFoundPageInsideTheAppWithAWayBack()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Marketing);

        await page.GotoAsync("/no-such-page");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing at this address" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeVisibleAsync();
        // A click while the page's script is still starting can be taken over by it and lost (seen under load).
        await LoginPage.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your start page" }).ClickAsync();
        // Marketing's start page is the dashboards; their first drawing in a new app can take long on a loaded machine.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboards$"), new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task TheChosenColourSchemeIsRememberedForTheUser()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Admin);
        await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", LightBackground);

        await ChooseSchemeAsync(page, "Dark");
        await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);

        // Another browser, another sign-in: the choice came with the user.
        var elsewhere = await LoginPage.SignedInAsync(app, DemoAccounts.Admin);
        await Expect(elsewhere.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);

        await ChooseSchemeAsync(elsewhere, "Follow the system");
        await Expect(elsewhere.Locator("body")).ToHaveCSSAsync("background-color", LightBackground);
    }

    [Fact]
    public async Task FollowingTheSystemDrawsTheAppDarkOnADarkSystem()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Marketing, ColorScheme.Dark);

        await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);
    }

    [Fact]
    public async Task TheNavigationCanBeHiddenAndShownFromTheKeyboard()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Show or hide navigation" });
        var dashboards = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Dashboards" });
        await Expect(dashboards).ToBeInViewportAsync();

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(dashboards).Not.ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(dashboards).ToBeInViewportAsync();
    }

    private const string LightBackground = "rgb(246, 248, 250)";
    private const string DarkBackground = "rgb(17, 22, 28)";

    private static async Task ChooseSchemeAsync(IPage page, string scheme)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Colour scheme" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitemradio, new() { Name = scheme }).ClickAsync();
    }
}

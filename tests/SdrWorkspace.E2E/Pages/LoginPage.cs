using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;

namespace SdrWorkspace.E2E.Pages;

public sealed class LoginPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/Account/Login");

    public async Task SignInAsync(string email, string password = DemoAccounts.Password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    /// <summary>Signs in and waits until the interactive circuit is up, so clicks are handled.</summary>
    public static async Task<IPage> SignedInAsync(AppFixture app, string email, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await app.NewPageAsync(colorScheme);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(email);
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>Pages are prerendered; clicks and keys only count once the circuit has wired them up.</summary>
    public static async Task WaitUntilInteractiveAsync(IPage page) =>
        await page.Locator("main[data-interactive='true']").WaitForAsync();
}

using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The page a one-time password link opens.</summary>
public sealed class SetPasswordPage(IPage page)
{
    public async Task SetAsync(string password)
    {
        await page.GetByLabel("New password").FillAsync(password);
        await page.GetByLabel("Repeat the password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
    }

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator SignInLink => page.GetByRole(AriaRole.Link, new() { Name = "Sign in" });
}

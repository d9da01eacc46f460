using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The admin's users page (/admin/users): the team, its dialogs, and the admin actions below.</summary>
public sealed class UsersAdminPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/admin/users");
        await LoginPage.WaitUntilInteractiveAsync(page);
    }

    public ILocator RowOf(string email) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Users" }).GetByRole(AriaRole.Row).Filter(new() { HasText = email });

    public ILocator AdminActions => page.GetByRole(AriaRole.Table, new() { Name = "Admin actions" });

    private ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    /// <summary>Creates a user through the New user dialog and returns the one-time password link it shows.</summary>
    public async Task<string> CreateUserAsync(string name, string email, string role)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "New user" }).ClickAsync();
        await Dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Dialog.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await Dialog.GetByRole(AriaRole.Checkbox, new() { Name = role, Exact = true }).CheckAsync();
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        var linkField = Dialog.GetByRole(AriaRole.Textbox, new() { Name = "Password link" });
        await Expect(linkField).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/Account/SetPassword\\?user="));
        var link = await linkField.InputValueAsync();
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Expect(Dialog).ToHaveCountAsync(0);
        await Expect(RowOf(email)).ToBeVisibleAsync();
        return link;
    }

    /// <summary>Deactivates a user whose open leads all go to the named SDR.</summary>
    public async Task DeactivateHandingLeadsToAsync(string email, string sdrName)
    {
        await RowOf(email).GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Dialog.GetByRole(AriaRole.Radio, new() { Name = "All to one SDR" }).CheckAsync();
        await Dialog.GetByRole(AriaRole.Combobox, new() { Name = "SDR who takes the leads" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = sdrName, Exact = true }).ClickAsync();
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Expect(Dialog).ToHaveCountAsync(0);
    }
}

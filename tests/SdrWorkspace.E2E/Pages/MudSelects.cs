using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>A MudSelect as a user works it: open the combobox named by its label, click the option.</summary>
public static class MudSelects
{
    public static async Task ChooseAsync(this ILocator select, IPage page, string option)
    {
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(select).ToHaveValueAsync(option);
    }
}

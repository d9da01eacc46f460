using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

public sealed class RepliesInboxPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Replies" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Replies", Level = 1 }).WaitForAsync();
    }

    public ILocator Count => page.GetByTestId("reply-count");

    /// <summary>The reply being coded; it takes the keyboard as soon as it is shown.</summary>
    public ILocator ReplyBody => page.GetByTestId("reply-body");

    public ILocator Codes => page.GetByRole(AriaRole.Group, new() { Name = "Disposition codes" });

    public ILocator DateField => page.GetByLabel("Back on");

    public ILocator ConfirmButton(string label) => page.GetByRole(AriaRole.Button, new() { Name = $"Code as {label}" });

    public async Task<int> UncodedAsync()
    {
        await Count.WaitForAsync();
        return int.Parse((await Count.InnerTextAsync()).Split(' ')[0], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task PressAsync(string key) => page.Keyboard.PressAsync(key);
}

using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The bell in the app bar, on every page: the unread count in its name, the latest notifications in its menu.</summary>
public sealed class NotificationBell(IPage page)
{
    public ILocator Button => page.Locator(".notification-bell button[aria-label^='Notifications']");

    public async Task<string> LabelAsync() => await Button.GetAttributeAsync("aria-label") ?? "";

    public ILocator Item(string text) => page.Locator(".notification-menu .notification", new() { HasText = text });

    public async Task OpenAsync() => await Button.ClickAsync();
}

using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>Selecting leads in a list (or MQLs in the inbox) and acting on them at once, as a user does: checkboxes and the action bar.</summary>
public sealed class BulkSelection(IPage page)
{
    public ILocator Checkbox(string name) => page.GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true });

    public async Task SelectAsync(string leadName) => await Checkbox($"Select {leadName}").CheckAsync();

    public async Task SelectPageAsync() => await Checkbox("Select all on this page").CheckAsync();

    public ILocator Count => page.GetByTestId("bulk-count");

    public ILocator Outcome => page.GetByTestId("bulk-outcome");

    /// <summary>Reassigns the selection to the named SDR (or "Round robin") from the bar.</summary>
    public async Task ReassignToAsync(string owner)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = "Reassign selected" });
        await group.GetByRole(AriaRole.Combobox, new() { Name = "Reassign to" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = owner, Exact = true }).ClickAsync();
        await group.GetByRole(AriaRole.Button, new() { Name = "Reassign", Exact = true }).ClickAsync();
    }

    public async Task AcceptSelectedAsync() =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept selected" }).ClickAsync();
}

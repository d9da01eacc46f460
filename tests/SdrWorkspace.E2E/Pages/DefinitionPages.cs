using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The definition page (versions, drafts) and a draft's editor with its preview and adoption.</summary>
public sealed class DefinitionPages(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Qualification definition" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/definition", StringComparison.Ordinal));
        await LoginPage.WaitUntilInteractiveAsync(page);
    }

    public ILocator NewDraftButton => page.GetByRole(AriaRole.Button, new() { Name = "New draft" });

    public async Task StartDraftAsync(string title)
    {
        await page.GetByLabel("Title of a new draft").FillAsync(title);
        await NewDraftButton.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/definition/drafts/", StringComparison.Ordinal));
        await page.GetByLabel("Minimum engagement").WaitForAsync();
    }

    /// <summary>Types a number into a field and leaves it, so the change is bound before the next click.</summary>
    public async Task SetAsync(string label, string value)
    {
        var field = page.GetByLabel(label, new() { Exact = true });
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    /// <summary>Adds an ICP value by picking it, in words, from the attribute's list ("Add seniority").</summary>
    public async Task AddIcpValueAsync(string attribute, string value)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = $"Add {attribute.ToLowerInvariant()}" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = value, Exact = true }).ClickAsync();
    }

    /// <summary>Types an ICP value no list holds (an industry) and adds it with Enter.</summary>
    public async Task TypeIcpValueAsync(string attribute, string value)
    {
        var box = page.GetByLabel($"Add {attribute.ToLowerInvariant()}", new() { Exact = true });
        await box.FillAsync(value);
        await box.PressAsync("Enter");
    }

    /// <summary>The chips of an ICP attribute's values ("Seniority matches").</summary>
    public ILocator IcpValues(string attribute) => page.GetByRole(AriaRole.Group, new() { Name = $"{attribute} matches" });

    /// <summary>Ticks or unticks one option of a list that takes several (hand-raises, required criteria), then closes the list.</summary>
    public async Task ToggleAsync(string label, string option)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true }).ClickAsync();
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        var wasSelected = await choice.GetAttributeAsync("aria-selected") == "true";
        await choice.ClickAsync();
        // The list closes on Escape only once it has taken the click in.
        await Assertions.Expect(choice).ToHaveAttributeAsync("aria-selected", wasSelected ? "false" : "true");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(choice).ToBeHiddenAsync();
    }

    public ILocator Field(string label) => page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });

    /// <summary>The field with its label and the message under it.</summary>
    public ILocator FieldWithMessage(string label) => Field(label).Locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' mud-input-control ')][1]");

    /// <summary>Every problem of the draft, listed above its fields.</summary>
    public ILocator Problems => page.Locator("[aria-label=Problems]");

    public async Task SaveAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

    public async Task DiscardAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Discard" }).ClickAsync();

    public async Task PreviewAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Preview the effect" }).ClickAsync();

    public ILocator WhatIfSummary => page.GetByTestId("what-if-summary");

    public ILocator LeadsThatWouldMove => page.GetByRole(AriaRole.Table, new() { Name = "Leads that would move" }).Locator("tbody tr");

    /// <summary>How many leads are in a stage today, and would be under the draft (the what-if's stage counts).</summary>
    public ILocator StageCountNow(string stage) => page.GetByTestId($"now-{stage}");

    public ILocator StageCountAfter(string stage) => page.GetByTestId($"after-{stage}");

    public async Task AdoptAsync(string reason) => await DecideAsync("Adopt", "Reason for the change", reason);

    public async Task ProposeAsync(string why) => await DecideAsync("Propose", "What it changes and why", why);

    /// <summary>The decision's button asks for the reason in a dialog, whose button of the same name confirms it.</summary>
    private async Task DecideAsync(string decision, string label, string reason)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = decision, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel(label).FillAsync(reason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = decision, Exact = true }).ClickAsync();
    }

    public ILocator Drafts => page.GetByRole(AriaRole.Table, new() { Name = "Drafts" }).Locator("tbody tr");

    public ILocator AdoptButton => page.GetByRole(AriaRole.Button, new() { Name = "Adopt", Exact = true });

    /// <summary>The confirmation of the last action (a snackbar).</summary>
    public ILocator Notice => page.Locator(".mud-snackbar");

    public ILocator RescoreDone => page.GetByTestId("rescore-done");
}

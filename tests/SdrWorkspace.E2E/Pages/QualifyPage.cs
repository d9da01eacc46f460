using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

public sealed class QualifyPage(IPage page)
{
    public ILocator Verdict => page.GetByTestId("verdict");

    public ILocator SaveStatus => page.GetByTestId("save-status");

    /// <summary>The notice of fields someone else changed meanwhile, which this save left as they wrote them.</summary>
    public ILocator Conflict => page.GetByTestId("conflict");

    /// <summary>The notice of text this browser kept but could not put back, because the draft changed since.</summary>
    public ILocator Unrestored => page.GetByTestId("unrestored");

    public ILocator Notes => page.GetByLabel(new System.Text.RegularExpressions.Regex("^Call notes"));

    /// <summary>The panel of one criterion, by its name ("Budget").</summary>
    public ILocator Criterion(string name) => page.GetByRole(AriaRole.Group, new() { Name = name, Exact = true });

    public ILocator Evidence(string criterion) => Criterion(criterion).GetByLabel("Evidence");

    public async Task OpenAsync(int leadId)
    {
        await page.GotoAsync($"/leads/{leadId}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Qualify") }).ClickAsync();
        try
        {
            await Verdict.WaitForAsync();
        }
        catch (TimeoutException e)
        {
            // Say what the page showed instead (an error, a refusal, still loading), so a failure explains itself.
            throw new TimeoutException($"The qualify page of lead {leadId} showed no verdict; at {page.Url} it read: {await ShownTextAsync()}", e);
        }
        await WaitUntilInteractiveAsync();
    }

    private async Task<string> ShownTextAsync()
    {
        try
        {
            return await page.Locator("main").InnerTextAsync(new() { Timeout = 2_000 });
        }
        catch (PlaywrightException)
        {
            return "(nothing in main)";
        }
    }

    public async Task SetAsync(string criterion, string state) =>
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = $"{criterion} state" })
            .GetByRole(AriaRole.Radio, new() { Name = state, Exact = true }).CheckAsync();

    public async Task FinishAsync(string label) => await page.GetByRole(AriaRole.Button, new() { Name = label }).ClickAsync();

    /// <summary>The form takes input once the circuit is connected and the browser copy is watched.</summary>
    public async Task WaitUntilInteractiveAsync() =>
        await page.Locator("form.qualify-form[data-ready='true']").WaitForAsync();

    /// <summary>Nothing waits to be saved: either the last autosave finished or nothing changed since loading.</summary>
    public async Task WaitUntilNothingPendingAsync() =>
        await Microsoft.Playwright.Assertions.Expect(SaveStatus).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Saved "));

    /// <summary>An autosave has just stored a change on the server.</summary>
    public async Task WaitUntilSavedAsync() =>
        await Microsoft.Playwright.Assertions.Expect(SaveStatus).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Saved \d\d:\d\d:\d\d$"));
}

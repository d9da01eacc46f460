using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Pages;

/// <summary>The call view: one lead at a time, outcomes by key, the note, qualification.</summary>
public sealed partial class CallPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator CallsMade => page.GetByTestId("calls-made");

    public ILocator QueueDone => page.GetByTestId("queue-done");

    public ILocator Note => page.GetByLabel(NoteLabel());

    public ILocator Phone => page.GetByTestId("call-phone");

    public ILocator Email => page.GetByTestId("call-email");

    /// <summary>Presses a key with focus in the call view (not in the note), as an SDR does between calls.</summary>
    public async Task PressAsync(string key)
    {
        var region = page.GetByRole(AriaRole.Region, new() { NameRegex = CallRegion() });
        await region.FocusAsync();
        // A key typed while focus is still in the note would be note text, not an outcome.
        await Assertions.Expect(region).ToBeFocusedAsync();
        await page.Keyboard.PressAsync(key);
    }

    /// <summary>Types into the note key by key, so every key goes through the page's key handling.</summary>
    public Task TypeNoteAsync(string text) => Note.PressSequentiallyAsync(text);

    [GeneratedRegex("^Call: 1 to 5")]
    private static partial Regex CallRegion();

    [GeneratedRegex("^Call note")]
    private static partial Regex NoteLabel();
}

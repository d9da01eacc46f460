using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.DefinitionEditor;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

/// <summary>Every number of the definition editor takes the domain's range: a value at the end of its type is named under its field and not saved.</summary>
public class DefinitionNumbersTests(ChangingWorkspace app) : WorkspaceComponentTest(app), IClassFixture<ChangingWorkspace>
{
    private DefinitionService Definitions => App.Services.GetRequiredService<DefinitionService>();

    [Theory]
    [InlineData("Half-life (days)", "1e308", "Between 1 and 3,650.")]
    [InlineData("Half-life (days)", "0.5", "Between 1 and 3,650.")]
    [InlineData("Demo request points", "1e308", "Between 0 and 1,000.")]
    [InlineData("Demo request maximum", "-1", "Between 0 and 1,000.")]
    [InlineData("Industry weight", "2147483647", "Between 0 and 100.")]
    [InlineData("Hot from", "-2147483648", "Between 1 and 100.")]
    [InlineData("Answer a hand-raise within (minutes)", "2147483647", "Between 1 and 1,440.")]
    [InlineData("AE answers an SQL within (working days)", "2147483647", "Between 1 and 30.")]
    [InlineData("Touches, at most", "2147483647", "Between 1 and 100.")]
    [InlineData("Over days, at most", "2147483647", "Between 1 and 365.")]
    [InlineData("Nurture for (months)", "0", "Between 1 and 24.")]
    public async Task ANumberBeyondItsRangeIsNamedUnderItsFieldAndTheDraftIsNotSaved(string field, string value, string message)
    {
        var principal = await SignInAsync(DemoUsers.Manager);
        var (_, id) = await Definitions.StartDraftAsync(principal, "Hostile numbers");
        var page = Context.Render<DraftPage>(p => p.Add(d => d.Id, id!.Value));
        page.WaitForAssertion(() => page.Labelled(field));
        var before = await Definitions.DraftAsync(id!.Value);

        await page.Labelled(field).ChangeAsync(new() { Value = value });
        await page.Button("Save draft").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Some fields hold values they do not accept", page.Find("[aria-label=Problems]").TextContent));
        Assert.Contains(message, page.Labelled(field).Closest(".mud-input-control")!.TextContent);
        Assert.Equal(before!.Revision, (await Definitions.DraftAsync(id.Value))!.Revision);
    }
}

using MudBlazor;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.DefinitionEditor;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

public class DraftDecisionTests : ComponentTest
{
    private readonly List<string> adopted = [];
    private readonly List<string> proposed = [];

    // A click that opens a dialog completes when the dialog closes: tests await it after answering.
    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<DraftDecision> Decision) Render(bool canAdopt, bool canPropose = true)
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var decision = Context.Render<DraftDecision>(p => p
            .Add(d => d.CanAdopt, canAdopt)
            .Add(d => d.CanPropose, canPropose)
            .Add(d => d.Adopt, reason => adopted.Add(reason))
            .Add(d => d.Propose, note => proposed.Add(note)));
        return (dialogs, decision);
    }

    [Fact]
    public async Task AdoptingWithoutAReasonIsRefusedInTheDialog()
    {
        var (dialogs, decision) = Render(canAdopt: true);

        var adopting = decision.Button("Adopt").ClickAsync(new());
        dialogs.WaitForElement(".mud-dialog");
        await dialogs.Button("Adopt").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Say why the definition changes", dialogs.Find(".mud-dialog").TextContent));
        Assert.False(adopting.IsCompleted, "the dialog should stay open");
        await dialogs.Button("Cancel").ClickAsync(new());
        await adopting;
        Assert.Empty(adopted);
    }

    [Fact]
    public async Task AdoptingWithAReasonHandsTheReasonOver()
    {
        var (dialogs, decision) = Render(canAdopt: true);

        var adopting = decision.Button("Adopt").ClickAsync(new());
        dialogs.WaitForElement(".mud-dialog");
        await dialogs.Labelled("Reason for the change").InputAsync(new() { Value = "Webinar leads convert later" });
        await dialogs.Button("Adopt").ClickAsync(new());
        await adopting;

        Assert.Equal(["Webinar leads convert later"], adopted);
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
    }

    [Fact]
    public async Task CancellingTheDialogAdoptsNothing()
    {
        var (dialogs, decision) = Render(canAdopt: true);

        var adopting = decision.Button("Adopt").ClickAsync(new());
        dialogs.WaitForElement(".mud-dialog");
        await dialogs.Labelled("Reason for the change").InputAsync(new() { Value = "Not yet" });
        await dialogs.Button("Cancel").ClickAsync(new());
        await adopting;

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        Assert.Empty(adopted);
    }

    [Fact]
    public async Task MarketingProposesWithANoteInsteadOfAdopting()
    {
        var (dialogs, decision) = Render(canAdopt: false);
        Assert.Empty(decision.Buttons("Adopt"));

        var proposing = decision.Button("Propose").ClickAsync(new());
        dialogs.WaitForElement(".mud-dialog");
        await dialogs.Labelled("What it changes and why").InputAsync(new() { Value = "Demo requests close later" });
        await dialogs.Button("Propose").ClickAsync(new());
        await proposing;

        Assert.Equal(["Demo requests close later"], proposed);
    }
}

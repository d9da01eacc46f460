using SdrWorkspace.Domain.Qualification;

namespace SdrWorkspace.Domain.Tests.Qualification;

/// <summary>Which text a copy of a form kept in a browser holds that the server does not.</summary>
public class UnsavedTextTests
{
    private static DraftState Draft(string? budget, string? notes, CriterionState state = CriterionState.Partial) =>
        new(Framework.BANT, new Dictionary<string, CriterionAnswer> { ["budget"] = new(state, budget) }, notes);

    [Fact]
    public void ACopyThatDiffersOnlyInSurroundingSpacesHoldsNothingUnsaved()
    {
        var local = Draft("40k approved\n", "  Call back Tuesday ");

        Assert.Empty(DraftMerge.Unsaved(local, Draft("40k approved", "Call back Tuesday")));
        Assert.Equal(Draft("40k approved", "Call back Tuesday"), local.AsStored());
    }

    [Fact]
    public void BlankTextIsNoText()
    {
        Assert.Empty(DraftMerge.Unsaved(Draft("   ", " "), Draft(null, null)));
    }

    [Fact]
    public void OnlyTheFieldsWhoseTextDiffersAreNamed()
    {
        var unsaved = DraftMerge.Unsaved(Draft("50k ", "Call back Tuesday"), Draft("40k", "Call back Tuesday"));

        Assert.Equal([new UnsavedText("Budget", "50k")], unsaved);
    }

    [Fact]
    public void TextTheServerDoesNotHoldAtAllIsUnsaved()
    {
        var unsaved = DraftMerge.Unsaved(Draft("40k", "Pain: manual routing"), Draft("40k", null));

        Assert.Equal([new UnsavedText("Notes", "Pain: manual routing")], unsaved);
    }

    [Fact]
    public void AStoredCopyKeepsTheStatesAsTheyAre()
    {
        Assert.NotEqual(Draft("40k", null, CriterionState.Confirmed).AsStored(), Draft("40k", null).AsStored());
    }
}

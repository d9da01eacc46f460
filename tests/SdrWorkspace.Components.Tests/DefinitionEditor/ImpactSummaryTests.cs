using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.DefinitionEditor;

namespace SdrWorkspace.Components.Tests.DefinitionEditor;

/// <summary>The adoption report and the preview say what a definition change does in the same terms.</summary>
public class ImpactSummaryTests : ComponentTest
{
    private static readonly DefinitionImpact Impact = new(5_003,
        [new StagePath(LifecycleStage.Lead, LifecycleStage.MQL, 480), new StagePath(LifecycleStage.Nurture, LifecycleStage.MQL, 4)], 1_203, 57);

    /// <summary>The sentence as a reader sees it, spaces collapsed.</summary>
    private string Rendered(bool done, DefinitionImpact? impact = null) =>
        string.Join(' ', Context.Render<ImpactSummary>(p => p.Add(s => s.Impact, impact ?? Impact).Add(s => s.Done, done)).Find(".impact-summary").TextContent
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",");

    [Fact]
    public void AfterTheReScoreItReportsStageChangesByFromAndToThenScoresAndBands() =>
        Assert.Equal("484 leads changed stage (Lead → MQL: 480, Nurture → MQL: 4), 1,203 changed score, 57 changed priority band.", Rendered(done: true));

    [Fact]
    public void ThePreviewSaysTheSameInTheConditional() =>
        Assert.Equal("484 leads would change stage (Lead → MQL: 480, Nurture → MQL: 4), 1,203 would change score, 57 would change priority band.", Rendered(done: false));

    [Fact]
    public void NoStageChangeIsSaidPlainly() =>
        Assert.Equal("0 leads changed stage, 0 changed score, 0 changed priority band.", Rendered(done: true, DefinitionImpact.None));
}

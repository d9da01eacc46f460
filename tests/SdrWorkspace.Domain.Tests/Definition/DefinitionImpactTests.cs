using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Tests.Definition;

public class DefinitionImpactTests
{
    [Fact]
    public void StageChangesAreCountedByFromAndToMostFirstAndScoresAndBandsOnTheirOwn()
    {
        var counter = new DefinitionImpact.Counter();
        counter.Add(LifecycleStage.Lead, 50, PriorityBand.Warm, LifecycleStage.MQL, 58, PriorityBand.Warm);
        counter.Add(LifecycleStage.Lead, 52, PriorityBand.Warm, LifecycleStage.MQL, 52, PriorityBand.Warm);
        counter.Add(LifecycleStage.Nurture, 40, PriorityBand.Low, LifecycleStage.MQL, 61, PriorityBand.Warm);
        counter.Add(LifecycleStage.SAL, 70, PriorityBand.Warm, LifecycleStage.SAL, 70, PriorityBand.Hot);
        counter.Add(LifecycleStage.SAL, 30, PriorityBand.Low, LifecycleStage.SAL, 30, PriorityBand.Low);

        var impact = counter.Result();

        Assert.Equal([new StagePath(LifecycleStage.Lead, LifecycleStage.MQL, 2), new StagePath(LifecycleStage.Nurture, LifecycleStage.MQL, 1)], impact.StageChanges);
        Assert.Equal((5, 3, 2, 2), (impact.Leads, impact.LeadsChangingStage, impact.ScoreChanges, impact.BandChanges));
    }
}

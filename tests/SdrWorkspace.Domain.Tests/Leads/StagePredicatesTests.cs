using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>The named rules the screens ask instead of listing stages or thresholds themselves.</summary>
public class StagePredicatesTests
{
    [Theory]
    [InlineData(LifecycleStage.Lead, false, true)]
    [InlineData(LifecycleStage.MQL, false, true)]
    [InlineData(LifecycleStage.SAL, false, true)]
    [InlineData(LifecycleStage.SQL, false, false)]
    [InlineData(LifecycleStage.Opportunity, true, false)]
    [InlineData(LifecycleStage.Nurture, false, true)]
    [InlineData(LifecycleStage.Disqualified, true, false)]
    public void ClosedAndQualifiableStages(LifecycleStage stage, bool closed, bool qualifiable)
    {
        Assert.Equal(closed, LifecycleRules.IsClosed(stage));
        Assert.Equal(qualifiable, LifecycleRules.CanBeQualified(stage));
    }

    [Fact]
    public void AQualificationCanBeStartedInEveryStageTheRulesCallQualifiable()
    {
        foreach (var stage in Enum.GetValues<LifecycleStage>())
        {
            var lead = LeadBuilder.IcpFit().InStage(stage).Build();
            var started = Record.Exception(() => Assessments.Start(lead)) is null;
            Assert.Equal(LifecycleRules.CanBeQualified(stage), started);
        }
    }

    [Theory]
    [InlineData(0, 15, SlaState.OnTrack)]
    [InlineData(11, 4, SlaState.OnTrack)]
    [InlineData(12, 3, SlaState.DueSoon)]
    [InlineData(15, 0, SlaState.Breached)]
    public void AnSlaIsDueSoonInItsLastFifth(int minutesSinceStart, int minutesLeft, SlaState state)
    {
        var now = TestClock.Now;

        Assert.Equal(state, SlaClock.StateAt(now.AddMinutes(-minutesSinceStart), now.AddMinutes(minutesLeft), now));
    }

    [Fact]
    public void ALeadFitsTheIcpWhenItsFitReachesTheMqlMinimumWhateverItsEngagement()
    {
        var fitting = LeadBuilder.IcpFit().Build();
        var notFitting = LeadBuilder.IcpFit().WithAccount(LeadBuilder.NonFitAccount()).WithTitle("Intern").Build();

        Assert.True(LeadScorer.FitsIcp(Definitions.Default, fitting.FitProfile));
        Assert.False(LeadScorer.FitsIcp(Definitions.Default, notFitting.FitProfile));
        Assert.Equal(LeadScorer.Score(Definitions.Default, fitting.FitProfile, [], TestClock.Now).Fit >= Definitions.Default.Mql.MinFit,
            LeadScorer.FitsIcp(Definitions.Default, fitting.FitProfile));
    }
}

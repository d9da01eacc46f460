using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Definition;

public class DefinitionWhatIfTests
{
    private static readonly QualificationDefinition Current = Definitions.Default;

    /// <summary>An ICP-fit lead (fit 90) that downloaded one e-book today: engagement 10, below the MQL threshold of 25.</summary>
    private static readonly IReadOnlyList<EngagementFact> OneEbook = EventsBuilder.None.EbookDownload().Build();

    private static WhatIfResult Compare(QualificationDefinition draft, params (Lead Lead, IReadOnlyList<EngagementFact> Events)[] leads)
    {
        var whatIf = new DefinitionWhatIf(Current, draft, TestClock.Now);
        foreach (var (lead, events) in leads)
            whatIf.Add(lead, [.. events]);
        return whatIf.Result();
    }

    private static QualificationDefinition WithMinEngagement(int minEngagement) =>
        Current with { Mql = Current.Mql with { MinEngagement = minEngagement } };

    [Fact]
    public void ALowerEngagementThresholdMakesAnMqlOfAFittingLeadBetweenTheOldAndNewThreshold()
    {
        var lead = LeadBuilder.IcpFit().Build();

        var result = Compare(WithMinEngagement(10), (lead, OneEbook));

        var change = Assert.Single(result.StageMovers);
        Assert.Equal((LifecycleStage.Lead, LifecycleStage.MQL), (change.StageBefore, change.StageAfter));
        Assert.Equal(1, result.StagesBefore[LifecycleStage.Lead]);
        Assert.Equal(0, result.StagesBefore[LifecycleStage.MQL]);
        Assert.Equal(0, result.StagesAfter[LifecycleStage.Lead]);
        Assert.Equal(1, result.StagesAfter[LifecycleStage.MQL]);
        Assert.Contains("engagement 10 (needs 10)", change.Why);
    }

    [Fact]
    public void TheSameDefinitionMovesNobody()
    {
        var result = Compare(Current with { }, (LeadBuilder.IcpFit().Build(), OneEbook), (LeadBuilder.IcpFit().Build(), EventsBuilder.None.DemoRequest().Build()));

        Assert.Empty(result.Changes);
        Assert.Equal(2, result.Leads);
        Assert.Equal(result.StagesBefore, result.StagesAfter);
        Assert.Equal(result.BandsBefore, result.BandsAfter);
    }

    [Fact]
    public void ALeadTheCurrentDefinitionWouldAlsoMakeAnMqlIsNotCountedAsMovedByTheDraft()
    {
        // A demo request from an ICP-fit lead is an MQL under both; only the definition's change counts.
        var result = Compare(WithMinEngagement(10), (LeadBuilder.IcpFit().Build(), EventsBuilder.None.DemoRequest().Build()));

        Assert.Equal(0, result.StageMoves);
        Assert.Equal(1, result.StagesBefore[LifecycleStage.MQL]);
        Assert.Equal(1, result.StagesAfter[LifecycleStage.MQL]);
    }

    [Fact]
    public void ARaisedThresholdNeverDemotesAnMqlBecauseScoresOnlyPromote()
    {
        var mql = LeadBuilder.IcpFit().InStage(LifecycleStage.MQL, TestClock.DaysAgo(5)).Build();

        var result = Compare(WithMinEngagement(90), (mql, OneEbook));

        Assert.Equal(0, result.StageMoves);
        Assert.Equal(1, result.StagesAfter[LifecycleStage.MQL]);
    }

    [Fact]
    public void NoThresholdMakesAnMqlOfALeadOutsideTheIcp()
    {
        var nonFit = LeadBuilder.IcpFit().WithAccount(LeadBuilder.NonFitAccount()).WithTitle("Intern").Build();

        var result = Compare(WithMinEngagement(0), (nonFit, EventsBuilder.None.PricingPageVisit().EbookDownload().Build()));

        Assert.Equal(0, result.StageMoves);
    }

    [Fact]
    public void ALowerHotBandListsTheLeadsWhoseBandChangesWithTheirScores()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var draft = Current with { Priority = new PriorityBands(Hot: 50, Warm: 30) };

        var result = Compare(draft, (lead, OneEbook));

        var change = Assert.Single(result.Changes);
        Assert.False(change.MovesStage);
        Assert.Equal((PriorityBand.Warm, PriorityBand.Hot), (change.BandBefore, change.BandAfter));
        Assert.Equal(change.ScoreBefore, change.ScoreAfter);
        Assert.Equal(1, result.BandsBefore[PriorityBand.Warm]);
        Assert.Equal(1, result.BandsAfter[PriorityBand.Hot]);
    }

    [Fact]
    public void StageMoversAreListedBeforeLeadsThatOnlyChangeBand()
    {
        var draft = WithMinEngagement(10) with { Priority = new PriorityBands(Hot: 50, Warm: 10) };
        var bandOnly = LeadBuilder.IcpFit().WithAccount(LeadBuilder.NonFitAccount()).Build();

        var result = Compare(draft, (bandOnly, OneEbook), (LeadBuilder.IcpFit().Build(), OneEbook));

        Assert.Equal(2, result.Changes.Count);
        Assert.True(result.Changes[0].MovesStage);
        Assert.False(result.Changes[1].MovesStage);
    }
}

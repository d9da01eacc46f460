using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

public class LeadApplyScoreTests
{
    private static ScoreCard Score(Lead lead, EventsBuilder events, int version = 1) =>
        LeadScorer.Score(Definitions.Default with { Version = version }, lead.FitProfile, events.Build(), TestClock.Now);

    /// <summary>The product design's MQL example, three days old.</summary>
    private static EventsBuilder OldMqlEvents =>
        EventsBuilder.None.EbookDownload(daysAgo: 3).EmailOpens(3, daysAgo: 3).PricingPageVisit(daysAgo: 3);

    private static EventsBuilder SeedMqlEvents => EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit();

    [Fact]
    public void ApplyingAScoreStoresItsPartsAndWhenItWasScored()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var card = Score(lead, EventsBuilder.None.Reply(DispositionCode.Interested, daysAgo: 1), version: 3);

        lead.ApplyScore(card, TestClock.Now);

        Assert.Equal((card.Fit, card.Engagement, card.Total), (lead.FitScore, lead.EngagementScore, lead.Score));
        Assert.Equal(TestClock.Now, lead.ScoredAt);
        Assert.Equal(TestClock.DaysAgo(1), lead.LastHighIntentAt);
        Assert.Equal(3, lead.DefinitionVersion);
    }

    [Fact]
    public void AnMqlScoreMovesALeadToMqlAsTheScoringActorUnderTheCardsVersion()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var card = Score(lead, SeedMqlEvents, version: 5);

        var change = lead.ApplyScore(card, TestClock.Now);

        Assert.NotNull(change);
        Assert.Equal(LifecycleStage.MQL, lead.Stage);
        Assert.Equal(LifecycleStage.Lead, change.From);
        Assert.Equal(LifecycleStage.MQL, change.To);
        Assert.Equal(Lead.ScoringActor, change.Actor);
        Assert.Equal("scoring", change.Actor);
        Assert.Equal(5, change.DefinitionVersion);
        Assert.Equal(card.Mql.Reason, change.Reason);
        Assert.Equal(TestClock.Now, change.At);
    }

    [Fact]
    public void AScoreBelowMqlLeavesALeadWhereItIs()
    {
        var lead = LeadBuilder.IcpFit().Build();

        var change = lead.ApplyScore(Score(lead, EventsBuilder.None.EmailOpens(50)), TestClock.Now);

        Assert.Null(change);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
        Assert.Single(lead.StageHistory);
    }

    [Fact]
    public void AnMqlScoreDoesNotMoveAnSal()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.SAL).Build();
        var history = lead.StageHistory.Count;

        var change = lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest()), TestClock.Now);

        Assert.Null(change);
        Assert.Equal(LifecycleStage.SAL, lead.Stage);
        Assert.Equal(history, lead.StageHistory.Count);
    }

    [Theory]
    [InlineData(LifecycleStage.MQL)]
    [InlineData(LifecycleStage.SQL)]
    [InlineData(LifecycleStage.Opportunity)]
    public void AScoreNeverMovesALeadPastOrOutOfTheStagesScoringOwns(LifecycleStage stage)
    {
        var lead = LeadBuilder.IcpFit().InStage(stage).Build();

        var change = lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest()), TestClock.Now);

        Assert.Null(change);
        Assert.Equal(stage, lead.Stage);
    }

    [Fact]
    public void AnMqlScoreDoesNotMoveADoNotContactLead()
    {
        var lead = LeadBuilder.IcpFit().DoNotContact().Build();

        var change = lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest()), TestClock.Now);

        Assert.Null(change);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
        Assert.Equal(45, lead.EngagementScore);
    }

    [Fact]
    public void AHandRaiseNewerThanTheNurtureMoveBringsANurturedLeadBackAsAnMql()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.Nurture, TestClock.DaysAgo(10)).Build();

        var change = lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest(daysAgo: 1)), TestClock.Now);

        Assert.NotNull(change);
        Assert.Equal(LifecycleStage.Nurture, change.From);
        Assert.Equal(LifecycleStage.MQL, lead.Stage);
        Assert.Null(lead.ReactivationOn);
    }

    [Fact]
    public void AHandRaiseOlderThanTheNurtureMoveDoesNotBringItBack()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.Nurture, TestClock.DaysAgo(5)).Build();
        var card = Score(lead, EventsBuilder.None.DemoRequest(daysAgo: 10));

        var change = lead.ApplyScore(card, TestClock.Now);

        Assert.True(card.Mql.ByHandRaise);
        Assert.Null(change);
        Assert.Equal(LifecycleStage.Nurture, lead.Stage);
    }

    [Fact]
    public void ThresholdEngagementWithoutAHandRaiseDoesNotBringANurturedLeadBack()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.Nurture, TestClock.DaysAgo(10)).Build();
        var card = Score(lead, SeedMqlEvents);

        var change = lead.ApplyScore(card, TestClock.Now);

        Assert.True(card.Mql.IsMql);
        Assert.False(card.Mql.ByHandRaise);
        Assert.Null(change);
        Assert.Equal(LifecycleStage.Nurture, lead.Stage);
    }

    [Fact]
    public void ANonFitLeadThatAsksForADemoStaysALead()
    {
        var lead = LeadBuilder.IcpFit().WithAccount(LeadBuilder.NonFitAccount()).WithTitle("Store associate").Build();

        var change = lead.ApplyScore(Score(lead, EventsBuilder.None.DemoRequest()), TestClock.Now);

        Assert.Null(change);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Fact]
    public void ARejectedMqlIsNotMadeAnMqlAgainByTheSameEngagement()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.ApplyScore(Score(lead, OldMqlEvents), TestClock.DaysAgo(3));
        lead.MoveTo(Moves.To(LifecycleStage.Lead, TestClock.DaysAgo(2), "No intent: only content downloads"));

        var change = lead.ApplyScore(Score(lead, OldMqlEvents), TestClock.Now);

        Assert.Null(change);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Fact]
    public void ARejectedMqlBecomesAnMqlAgainOnEngagementAfterTheRejection()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.ApplyScore(Score(lead, OldMqlEvents), TestClock.DaysAgo(3));
        lead.MoveTo(Moves.To(LifecycleStage.Lead, TestClock.DaysAgo(2), "No intent: only content downloads"));

        var change = lead.ApplyScore(Score(lead, OldMqlEvents.PricingPageVisit(daysAgo: 1)), TestClock.Now);

        Assert.NotNull(change);
        Assert.Equal(LifecycleStage.MQL, lead.Stage);
    }

    [Fact]
    public void AStoredScoreThatWouldStillMoveTheLeadIsNotCurrent()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var belowMql = Score(lead, EventsBuilder.None.EmailOpens(2));
        lead.ApplyScore(belowMql, TestClock.Now);

        Assert.True(lead.HasScore(belowMql));
        Assert.False(lead.HasScore(Score(lead, SeedMqlEvents)));
    }

    [Fact]
    public void ApplyingAScoreStoresWhichHandRaiseCameLast()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var card = Score(lead, EventsBuilder.None.DemoRequest(daysAgo: 5).Reply(DispositionCode.Interested, daysAgo: 2));

        lead.ApplyScore(card, TestClock.Now);

        Assert.Equal(EngagementSignal.PositiveReply, lead.LastHighIntentSignal);
    }

    [Fact]
    public void AScoreWhoseLastHandRaiseIsOfAnotherKindIsNotTheStoredOne()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var card = Score(lead, EventsBuilder.None.DemoRequest(daysAgo: 1));
        lead.ApplyScore(card, TestClock.Now);

        var sameButAMeeting = card with { LastHighIntentSignal = EngagementSignal.MeetingBooked };

        Assert.True(lead.HasScore(card));
        Assert.False(lead.HasScore(sameButAMeeting));
    }
}

using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Queue;

public class QueueRankingTests
{
    private static readonly DateTime Now = TestClock.Now;

    private static QueueCandidateBuilder Lead(int id) => QueueCandidateBuilder.Lead(id);

    private static QueuePosition Position(QueueCandidateBuilder lead, IReadOnlyList<string>? highlights = null) =>
        QueueRanking.Position(Definitions.Default.Sla, lead.Build(), Now, highlights);

    private static IReadOnlyList<int> Order(params QueueCandidateBuilder[] leads) =>
        QueueRanking.Order(leads.Select(l => l.Build()), c => c, Definitions.Default.Sla, Now)
            .Select(x => x.Item.LeadId).ToList();

    [Theory]
    [InlineData(LifecycleStage.Lead, true)]
    [InlineData(LifecycleStage.MQL, true)]
    [InlineData(LifecycleStage.SAL, true)]
    [InlineData(LifecycleStage.SQL, false)]
    [InlineData(LifecycleStage.Opportunity, false)]
    [InlineData(LifecycleStage.Disqualified, false)]
    public void OnlyLeadsStillWithTheSdrAreWorkable(LifecycleStage stage, bool workable)
    {
        var lead = Lead(1).InStage(stage).Build();

        Assert.Equal(workable, QueueRanking.IsWorkable(lead, Now));
    }

    [Fact]
    public void ADoNotContactLeadIsNeverWorkable()
    {
        var lead = Lead(1).InStage(LifecycleStage.MQL).HandRaisedMinutesAgo(1).DoNotContact().Build();

        Assert.False(QueueRanking.IsWorkable(lead, Now));
    }

    [Fact]
    public void ANurtureLeadIsNotWorkableBeforeItsReactivationDate()
    {
        var lead = Lead(1).InNurtureUntil(TestClock.Today.AddDays(1)).Build();

        Assert.False(QueueRanking.IsWorkable(lead, Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void ANurtureLeadIsWorkableFromItsReactivationDateOn(int days)
    {
        var lead = Lead(1).InNurtureUntil(TestClock.Today.AddDays(days)).Build();

        Assert.True(QueueRanking.IsWorkable(lead, Now));
    }

    [Fact]
    public void ANurtureLeadWithoutAReactivationDateIsNotWorkable()
    {
        var lead = Lead(1).InNurtureUntil(null).Build();

        Assert.False(QueueRanking.IsWorkable(lead, Now));
    }

    [Fact]
    public void AnUnansweredHandRaiseIsASpeedToLeadRaceDueFiveMinutesAfterIt()
    {
        var position = Position(Lead(1).HandRaisedMinutesAgo(2));

        Assert.Equal(QueueTier.SpeedToLead, position.Tier);
        Assert.Equal(Now.AddMinutes(3), position.SlaDueAt);
        Assert.Equal("Demo request, not answered yet", position.Reason);
    }

    [Fact]
    public void TheSpeedToLeadReasonNamesTheHandRaise()
    {
        var position = Position(Lead(1).HandRaisedMinutesAgo(2, EngagementSignal.PositiveReply));

        Assert.Equal("Positive reply, not answered yet", position.Reason);
    }

    [Fact]
    public void AHandRaiseWithoutAKnownSignalIsStillCalledAHandRaise()
    {
        var position = Position(Lead(1).HandRaisedMinutesAgo(2).WithoutSignal());

        Assert.Equal("Hand-raise, not answered yet", position.Reason);
    }

    [Fact]
    public void ATouchAfterTheHandRaiseAnswersIt()
    {
        var position = Position(Lead(1).HandRaisedMinutesAgo(10).TouchedAt(Now.AddMinutes(-4)));

        Assert.Equal(QueueTier.ByScore, position.Tier);
        Assert.Null(position.SlaDueAt);
    }

    [Fact]
    public void ATouchBeforeTheHandRaiseDoesNotAnswerIt()
    {
        var position = Position(Lead(1).HandRaisedMinutesAgo(10).TouchedAt(Now.AddDays(-2)));

        Assert.Equal(QueueTier.SpeedToLead, position.Tier);
    }

    [Fact]
    public void AHandRaiseUnansweredForADayIsStillARace()
    {
        var position = Position(Lead(1).HandRaised(Now.AddHours(-24)));

        Assert.Equal(QueueTier.SpeedToLead, position.Tier);
    }

    [Fact]
    public void AHandRaiseUnansweredForMoreThanADayIsNoLongerARace()
    {
        var position = Position(Lead(1).HandRaised(Now.AddHours(-24).AddMinutes(-1)).Scored(64));

        Assert.Equal(new QueuePosition(QueueTier.ByScore, null, "Score 64"), position);
    }

    [Fact]
    public void ADueFollowUpSaysWhatWasPlanned()
    {
        var position = Position(Lead(1).NextActionAt(Now.AddHours(-1), "Send the pricing deck"));

        Assert.Equal(new QueuePosition(QueueTier.FollowUpDue, null, "Follow-up due: Send the pricing deck"), position);
    }

    [Fact]
    public void ADueFollowUpWithoutANoteSaysOnlyThatItIsDue()
    {
        var position = Position(Lead(1).NextActionAt(Now));

        Assert.Equal(new QueuePosition(QueueTier.FollowUpDue, null, "Follow-up due"), position);
    }

    [Fact]
    public void ANeverTouchedLeadsAutomaticFirstTouchLeavesItToItsScoreSoNewLeadsAreNotRankedByAge()
    {
        var firstTouch = Lead(1).Scored(40).NextActionAt(Now.AddDays(-3), FollowUpSchedule.FirstTouchNote);

        Assert.Equal(QueueTier.ByScore, Position(firstTouch).Tier);
        Assert.Equal(new[] { 2, 1 }, Order(firstTouch, Lead(2).Scored(80).NextActionAt(Now.AddDays(-1), FollowUpSchedule.FirstTouchNote)));
        Assert.Equal(QueueTier.FollowUpDue, Position(Lead(3).Scored(40).TouchedAt(Now.AddDays(-4)).NextActionAt(Now.AddDays(-3), FollowUpSchedule.FirstTouchNote)).Tier);
    }

    [Fact]
    public void AFollowUpPlannedForLaterLeavesTheLeadToItsScore()
    {
        var position = Position(Lead(1).Scored(40).NextActionAt(Now.AddMinutes(1), "Call back"));

        Assert.Equal(new QueuePosition(QueueTier.ByScore, null, "Score 40"), position);
    }

    [Fact]
    public void AnUnansweredHandRaiseComesBeforeADueFollowUp()
    {
        var position = Position(Lead(1).HandRaisedMinutesAgo(1).NextActionAt(Now.AddHours(-1), "Call back"));

        Assert.Equal(QueueTier.SpeedToLead, position.Tier);
    }

    [Fact]
    public void ANurtureLeadBackOnItsReactivationDateIsDueWithTheDate()
    {
        var position = Position(Lead(1).InNurtureUntil(new DateOnly(2025, 3, 3)));

        Assert.Equal(new QueuePosition(QueueTier.FollowUpDue, null, "Back from nurture: reactivation date 3 Mar"), position);
    }

    [Fact]
    public void TheScoreReasonListsTheHighlights()
    {
        var position = Position(Lead(1).Scored(82), ["VP", "500 employees", "pricing page visit x2"]);

        Assert.Equal("Score 82: VP, 500 employees, pricing page visit x2", position.Reason);
    }

    [Fact]
    public void TheScoreReasonWithoutHighlightsIsTheScoreAlone()
    {
        var position = Position(Lead(1).Scored(82), []);

        Assert.Equal("Score 82", position.Reason);
    }

    [Fact]
    public void SpeedToLeadComesFirstThenDueFollowUpsThenScore()
    {
        var order = Order(
            Lead(1).Scored(99),
            Lead(2).Scored(10).NextActionAt(Now.AddHours(-1)),
            Lead(3).Scored(5).HandRaisedMinutesAgo(1));

        Assert.Equal([3, 2, 1], order);
    }

    [Fact]
    public void ASpeedToLeadSlaThatCanStillBeMetComesSoonestDueFirst()
    {
        var order = Order(
            Lead(1).HandRaisedMinutesAgo(1),
            Lead(2).HandRaisedMinutesAgo(4),
            Lead(3).HandRaisedMinutesAgo(2));

        Assert.Equal([2, 3, 1], order);
    }

    [Fact]
    public void ABreachedSpeedToLeadSlaComesAfterThoseStillRunningMostRecentFirst()
    {
        var order = Order(
            Lead(1).HandRaised(Now.AddHours(-20)),
            Lead(2).HandRaisedMinutesAgo(10),
            Lead(3).HandRaisedMinutesAgo(4),
            Lead(4).HandRaisedMinutesAgo(60));

        Assert.Equal([3, 2, 4, 1], order);
    }

    [Fact]
    public void ASlaDueThisVeryMinuteCountsAsBreached()
    {
        var order = Order(
            Lead(1).HandRaisedMinutesAgo(5),
            Lead(2).HandRaisedMinutesAgo(30),
            Lead(3).HandRaisedMinutesAgo(4.5));

        Assert.Equal([3, 1, 2], order);
    }

    [Fact]
    public void DueFollowUpsComeOldestFirstWhateverTheirScore()
    {
        var order = Order(
            Lead(1).Scored(90).NextActionAt(Now.AddHours(-1)),
            Lead(2).Scored(20).NextActionAt(Now.AddDays(-2)),
            Lead(3).Scored(50).NextActionAt(Now.AddHours(-5)));

        Assert.Equal([2, 3, 1], order);
    }

    [Fact]
    public void ANurtureLeadBackOnItsDateTakesItsTurnAmongTheFollowUpsByThatDate()
    {
        var order = Order(
            Lead(1).NextActionAt(Now.AddHours(-1)),
            Lead(2).InNurtureUntil(TestClock.Today.AddDays(-3)),
            Lead(3).NextActionAt(Now.AddDays(-5)));

        Assert.Equal([3, 2, 1], order);
    }

    [Fact]
    public void EverythingElseGoesByScoreHighestFirst()
    {
        var order = Order(Lead(1).Scored(40), Lead(2).Scored(82), Lead(3).Scored(61));

        Assert.Equal([2, 3, 1], order);
    }

    [Fact]
    public void AtEqualScoreTheMoreRecentHighIntentComesFirst()
    {
        var order = Order(
            Lead(1).Scored(60),
            Lead(2).Scored(60).HandRaised(TestClock.DaysAgo(10)),
            Lead(3).Scored(60).HandRaised(TestClock.DaysAgo(3)));

        Assert.Equal([3, 2, 1], order);
    }

    [Fact]
    public void AtEqualScoreAndIntentTheLowerIdComesFirstSoTheOrderIsStable()
    {
        var order = Order(Lead(9).Scored(60), Lead(4).Scored(60), Lead(7).Scored(60));

        Assert.Equal([4, 7, 9], order);
    }

    [Fact]
    public void LeadsThatAreNotWorkableAreLeftOut()
    {
        var order = Order(
            Lead(1).InStage(LifecycleStage.SQL).HandRaisedMinutesAgo(1),
            Lead(2).InStage(LifecycleStage.Opportunity),
            Lead(3).InStage(LifecycleStage.Disqualified),
            Lead(4).DoNotContact().NextActionAt(Now.AddHours(-1)),
            Lead(5).InNurtureUntil(TestClock.Today.AddDays(7)).HandRaisedMinutesAgo(1),
            Lead(6).InStage(LifecycleStage.MQL));

        Assert.Equal([6], order);
    }

    [Fact]
    public void EachOrderedItemComesWithItsPosition()
    {
        var items = new[] { (Name: "Dana", Lead: Lead(1).HandRaisedMinutesAgo(1).Build()), (Name: "Sam", Lead: Lead(2).Scored(70).Build()) };

        var ranked = QueueRanking.Order(items, i => i.Lead, Definitions.Default.Sla, Now);

        Assert.Equal(
            [("Dana", QueueTier.SpeedToLead, "Demo request, not answered yet"), ("Sam", QueueTier.ByScore, "Score 70")],
            ranked.Select(r => (r.Item.Name, r.Position.Tier, r.Position.Reason)));
    }

    [Fact]
    public void ANurtureLeadBackOnItsDateIsDueFromThatDateEvenWithAStepPlannedForLater()
    {
        var order = Order(
            Lead(1).NextActionAt(Now.AddHours(-1)),
            Lead(2).InNurtureUntil(TestClock.Today.AddDays(-3)).NextActionAt(Now.AddDays(1)));

        Assert.Equal([2, 1], order);
    }

    [Fact]
    public void ALeadWhoseOutreachIsPausedWaitsOutOfTheQueueUntilThePauseEnds()
    {
        var today = DateOnly.FromDateTime(TestClock.Now);

        Assert.False(QueueRanking.IsWorkable(QueueCandidateBuilder.Lead(1).PausedUntil(today.AddDays(3)).Build(), TestClock.Now));
        Assert.True(QueueRanking.IsWorkable(QueueCandidateBuilder.Lead(2).PausedUntil(today).Build(), TestClock.Now));
    }

    [Fact]
    public void AHandRaiseDuringAPauseBringsTheLeadBackAtOnce()
    {
        var paused = QueueCandidateBuilder.Lead(1).PausedUntil(DateOnly.FromDateTime(TestClock.Now).AddDays(10))
            .HandRaisedMinutesAgo(1).Build();

        Assert.True(QueueRanking.IsWorkable(paused, TestClock.Now));
        Assert.Equal(QueueTier.SpeedToLead, QueueRanking.Position(Definitions.Default.Sla, paused, TestClock.Now).Tier);
    }
}

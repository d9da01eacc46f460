using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Dispositions;

public class DispositionRulesTests
{
    private static readonly DateOnly InTwoWeeks = TestClock.Today.AddDays(14);

    private static DispositionOutcome Outcome(
        DispositionCode code, LifecycleStage current = LifecycleStage.Lead, bool fitsIcp = true, DateOnly? date = null) =>
        DispositionRules.Outcome(Definitions.Default.Disposition(code), current, fitsIcp, date, TestClock.Now);

    private static DateOnly? DateIfNeeded(DispositionCode code) =>
        Definitions.Default.Disposition(code).NeedsDate ? InTwoWeeks : null;

    [Theory]
    [InlineData(DispositionCode.Interested, EngagementSignal.PositiveReply, StageEffect.HandRaise, CadenceEffect.Stop, ContactEffect.None, false)]
    [InlineData(DispositionCode.MeetingRequested, EngagementSignal.PositiveReply, StageEffect.HandRaise, CadenceEffect.Stop, ContactEffect.None, false)]
    [InlineData(DispositionCode.Referral, EngagementSignal.Reply, StageEffect.None, CadenceEffect.Stop, ContactEffect.None, false)]
    [InlineData(DispositionCode.Timing, EngagementSignal.Reply, StageEffect.Nurture, CadenceEffect.PauseUntilDate, ContactEffect.None, true)]
    [InlineData(DispositionCode.NotIcp, EngagementSignal.None, StageEffect.Disqualify, CadenceEffect.Stop, ContactEffect.None, false)]
    [InlineData(DispositionCode.NoNeed, EngagementSignal.None, StageEffect.Nurture, CadenceEffect.Stop, ContactEffect.None, false)]
    [InlineData(DispositionCode.Competitor, EngagementSignal.None, StageEffect.Nurture, CadenceEffect.Stop, ContactEffect.None, false)]
    [InlineData(DispositionCode.PriceObjection, EngagementSignal.Reply, StageEffect.None, CadenceEffect.Continue, ContactEffect.None, false)]
    [InlineData(DispositionCode.OutOfOffice, EngagementSignal.None, StageEffect.None, CadenceEffect.PauseUntilDate, ContactEffect.None, true)]
    [InlineData(DispositionCode.WrongContact, EngagementSignal.None, StageEffect.None, CadenceEffect.Stop, ContactEffect.BadData, false)]
    [InlineData(DispositionCode.Unsubscribe, EngagementSignal.None, StageEffect.None, CadenceEffect.Stop, ContactEffect.DoNotContact, false)]
    public void EachDefaultCodeHasTheEffectsTheDesignGivesIt(
        DispositionCode code, EngagementSignal signal, StageEffect stage, CadenceEffect cadence, ContactEffect contact, bool needsDate)
    {
        var effect = Definitions.Default.Disposition(code);

        Assert.Equal((signal, stage, cadence, contact, needsDate), (effect.Signal, effect.Stage, effect.Cadence, effect.Contact, effect.NeedsDate));
    }

    [Theory]
    [InlineData(DispositionCode.Interested, LifecycleStage.MQL)]
    [InlineData(DispositionCode.MeetingRequested, LifecycleStage.MQL)]
    [InlineData(DispositionCode.Referral, null)]
    [InlineData(DispositionCode.Timing, LifecycleStage.Nurture)]
    [InlineData(DispositionCode.NotIcp, LifecycleStage.Disqualified)]
    [InlineData(DispositionCode.NoNeed, LifecycleStage.Nurture)]
    [InlineData(DispositionCode.Competitor, LifecycleStage.Nurture)]
    [InlineData(DispositionCode.PriceObjection, null)]
    [InlineData(DispositionCode.OutOfOffice, null)]
    [InlineData(DispositionCode.WrongContact, null)]
    [InlineData(DispositionCode.Unsubscribe, null)]
    public void EachCodeMovesAFittingLeadWhereItsEffectSays(DispositionCode code, LifecycleStage? expected)
    {
        var outcome = Outcome(code, date: DateIfNeeded(code));

        Assert.Equal(expected, outcome.MoveTo);
    }

    [Fact]
    public void InterestedMakesAFittingLeadAnMqlAndStopsTheCadence()
    {
        var outcome = Outcome(DispositionCode.Interested);

        Assert.Equal(LifecycleStage.MQL, outcome.MoveTo);
        Assert.Equal("Reply coded Interested", outcome.Reason);
        Assert.True(outcome.StopCadence);
        Assert.False(outcome.DoNotContact);
        Assert.False(outcome.FlagBadData);
        Assert.Null(outcome.ReactivationOn);
        Assert.Null(outcome.PauseCadenceUntil);
    }

    [Fact]
    public void InterestedFromANonFitLeadMovesNothing()
    {
        var outcome = Outcome(DispositionCode.Interested, fitsIcp: false);

        Assert.Null(outcome.MoveTo);
        Assert.True(outcome.StopCadence);
    }

    [Fact]
    public void InterestedBringsAFittingNurturedLeadBackAsAnMql()
    {
        Assert.Equal(LifecycleStage.MQL, Outcome(DispositionCode.MeetingRequested, LifecycleStage.Nurture).MoveTo);
    }

    [Theory]
    [InlineData(LifecycleStage.MQL)]
    [InlineData(LifecycleStage.SAL)]
    [InlineData(LifecycleStage.SQL)]
    [InlineData(LifecycleStage.Opportunity)]
    [InlineData(LifecycleStage.Disqualified)]
    public void InterestedDoesNotMoveALeadAlreadyPastMqlOrClosed(LifecycleStage current)
    {
        Assert.Null(Outcome(DispositionCode.Interested, current).MoveTo);
    }

    [Fact]
    public void TimingNeedsADate()
    {
        var error = Assert.Throws<DomainException>(() => Outcome(DispositionCode.Timing));

        Assert.Equal("Timing (not now) needs a date.", error.Message);
    }

    [Fact]
    public void TimingNurturesTheLeadWithItsDateAsTheReactivationDate()
    {
        var outcome = Outcome(DispositionCode.Timing, date: InTwoWeeks);

        Assert.Equal(LifecycleStage.Nurture, outcome.MoveTo);
        Assert.Equal(InTwoWeeks, outcome.ReactivationOn);
        Assert.Equal(InTwoWeeks, outcome.PauseCadenceUntil);
        Assert.Equal("Reply: not now, follow up later", outcome.Reason);
        Assert.False(outcome.StopCadence);
    }

    [Fact]
    public void TimingOnAnOpportunityMovesNothing()
    {
        var outcome = Outcome(DispositionCode.Timing, LifecycleStage.Opportunity, date: InTwoWeeks);

        Assert.Null(outcome.MoveTo);
        Assert.Null(outcome.ReactivationOn);
    }

    [Fact]
    public void OutOfOfficePausesTheCadenceUntilTheReturnDateAndMovesNothing()
    {
        var outcome = Outcome(DispositionCode.OutOfOffice, date: InTwoWeeks);

        Assert.Null(outcome.MoveTo);
        Assert.Equal(InTwoWeeks, outcome.PauseCadenceUntil);
        Assert.Null(outcome.ReactivationOn);
        Assert.False(outcome.StopCadence);
        Assert.False(outcome.DoNotContact);
    }

    [Fact]
    public void OutOfOfficeNeedsAReturnDate()
    {
        Assert.Throws<DomainException>(() => Outcome(DispositionCode.OutOfOffice));
    }

    [Fact]
    public void UnsubscribeMeansDoNotContactAndStopsTheCadence()
    {
        var outcome = Outcome(DispositionCode.Unsubscribe);

        Assert.True(outcome.DoNotContact);
        Assert.True(outcome.StopCadence);
        Assert.Null(outcome.MoveTo);
        Assert.False(outcome.FlagBadData);
    }

    [Fact]
    public void WrongContactFlagsBadDataAndStopsTheCadence()
    {
        var outcome = Outcome(DispositionCode.WrongContact);

        Assert.True(outcome.FlagBadData);
        Assert.True(outcome.StopCadence);
        Assert.False(outcome.DoNotContact);
        Assert.Null(outcome.MoveTo);
    }

    [Fact]
    public void NotIcpDisqualifiesWithAReason()
    {
        var outcome = Outcome(DispositionCode.NotIcp, LifecycleStage.MQL);

        Assert.Equal(LifecycleStage.Disqualified, outcome.MoveTo);
        Assert.Equal("Reply: not in our ICP", outcome.Reason);
        Assert.True(outcome.StopCadence);
    }

    [Theory]
    [InlineData(LifecycleStage.Disqualified)]
    [InlineData(LifecycleStage.Opportunity)]
    public void NotIcpDoesNotMoveALeadThatCannotBeDisqualified(LifecycleStage current)
    {
        Assert.Null(Outcome(DispositionCode.NotIcp, current).MoveTo);
    }

    [Theory]
    [InlineData(DispositionCode.NoNeed, "Reply: no need today")]
    [InlineData(DispositionCode.Competitor, "Reply: using a competitor")]
    public void NoNeedAndCompetitorNurtureForSixMonths(DispositionCode code, string reason)
    {
        var outcome = Outcome(code);

        Assert.Equal(LifecycleStage.Nurture, outcome.MoveTo);
        Assert.Equal(TestClock.Today.AddMonths(6), outcome.ReactivationOn);
        Assert.Equal(reason, outcome.Reason);
        Assert.True(outcome.StopCadence);
    }

    [Fact]
    public void APriceObjectionKeepsTheCadenceGoing()
    {
        var outcome = Outcome(DispositionCode.PriceObjection);

        Assert.Null(outcome.MoveTo);
        Assert.False(outcome.StopCadence);
        Assert.Null(outcome.PauseCadenceUntil);
    }

    [Fact]
    public void AReferralStopsTheCadenceForAHumanToFollowUp()
    {
        var outcome = Outcome(DispositionCode.Referral);

        Assert.Null(outcome.MoveTo);
        Assert.True(outcome.StopCadence);
    }

    [Fact]
    public void ANurtureEffectWithoutConfiguredMonthsNurturesForAtLeastAMonth()
    {
        var effect = Definitions.Default.Disposition(DispositionCode.NoNeed) with { NurtureMonths = 0 };

        var outcome = DispositionRules.Outcome(effect, LifecycleStage.Lead, true, null, TestClock.Now);

        Assert.Equal(TestClock.Today.AddMonths(1), outcome.ReactivationOn);
    }

    public static TheoryData<DispositionCode, DateOnly> PastDates => new()
    {
        { DispositionCode.Timing, TestClock.Today },
        { DispositionCode.Timing, TestClock.Today.AddDays(-1) },
        { DispositionCode.OutOfOffice, TestClock.Today.AddMonths(-1) },
    };

    [Theory]
    [MemberData(nameof(PastDates))]
    public void ADateThatIsNotInTheFutureIsRefused(DispositionCode code, DateOnly date)
    {
        var error = Assert.Throws<DomainException>(() => Outcome(code, date: date));

        Assert.Equal($"The date for {Definitions.Default.Disposition(code).Label} must be in the future.", error.Message);
    }

    public static TheoryData<DispositionCode, LifecycleStage, bool> EveryCodeStageAndFit()
    {
        var data = new TheoryData<DispositionCode, LifecycleStage, bool>();
        foreach (var code in Enum.GetValues<DispositionCode>())
            foreach (var stage in Enum.GetValues<LifecycleStage>())
                foreach (var fits in new[] { true, false })
                    data.Add(code, stage, fits);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCodeStageAndFit))]
    public void EveryStageChangeAnOutcomeAsksForIsALegalMove(DispositionCode code, LifecycleStage current, bool fitsIcp)
    {
        var lead = LeadBuilder.IcpFit().InStage(current).Build();
        var outcome = Outcome(code, current, fitsIcp, DateIfNeeded(code));

        if (outcome.MoveTo is { } to)
            lead.MoveTo(new StageMove(to, Moves.Sdr, outcome.Reason, Moves.Version, TestClock.Now, outcome.ReactivationOn));

        Assert.Equal(outcome.MoveTo ?? current, lead.Stage);
    }
}

using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Scoring;

public class EngagementStateTests
{
    private static EngagementState StateOf(params EngagementFact[] events) => EngagementState.From(Definitions.Default, events, TestClock.Now);

    [Fact]
    public void AStoredStateReadsBackAsTheSameState()
    {
        var state = StateOf(new(EngagementType.DemoRequest, TestClock.DaysAgo(3)), new(EngagementType.EmailOpen, TestClock.DaysFromNow(2)));
        state.Add(new EngagementFact(EngagementType.EmailOpen, TestClock.DaysAgo(400)), eventId: 42);

        var read = EngagementState.FromBytes(state.ToBytes())!;

        Assert.Equal(state.ToBytes(), read.ToBytes());
        Assert.Equal(42, read.LastEventId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 99, 1, 0 })]
    public void NoStateOrOneStoredInAnotherFormatReadsAsNoneSoItIsRebuilt(byte[]? bytes)
    {
        Assert.Null(EngagementState.FromBytes(bytes));
    }

    [Fact]
    public void WeightsThresholdsAndFitApplyAtScoreTimeSoTheStateStillFits()
    {
        var state = StateOf(new EngagementFact(EngagementType.PageVisit, TestClock.DaysAgo(1)));
        var definition = Definitions.Default with
        {
            FitShareOfScore = 0.8,
            Mql = Definitions.Default.Mql with { MinEngagement = 5 },
            Engagement = Definitions.Default.Engagement with { Weights = [new SignalWeight(EngagementSignal.PageVisit, 9, 9)] },
        };

        Assert.True(state.Fits(definition));
    }

    [Fact]
    public void ANewHalfLifeOrReplyClassificationNeedsTheStateRebuilt()
    {
        var state = StateOf(new EngagementFact(EngagementType.EmailReply, TestClock.DaysAgo(1), Disposition: DispositionCode.Referral));
        var halfLife = Definitions.Default with { Engagement = Definitions.Default.Engagement with { HalfLifeDays = 14 } };
        var replies = Definitions.Default with
        {
            Dispositions = [.. Definitions.Default.Dispositions.Select(d => d.Code == DispositionCode.Referral ? d with { Signal = EngagementSignal.PositiveReply } : d)],
        };

        Assert.False(state.Fits(halfLife));
        Assert.False(state.Fits(replies));
    }

    [Fact]
    public void AFutureEventCountsInFullUntilItsTimeThenDecays()
    {
        var state = StateOf(new EngagementFact(EngagementType.EmailOpen, TestClock.DaysFromNow(30)));

        Assert.Equal(1.0, state.DecayedCount(EngagementSignal.EmailOpen, TestClock.Now), 12);
        Assert.Equal(1.0, state.DecayedCount(EngagementSignal.EmailOpen, TestClock.DaysFromNow(30)), 12);
        Assert.Equal(0.5, state.DecayedCount(EngagementSignal.EmailOpen, TestClock.DaysFromNow(60)), 12);
    }

    [Fact]
    public void AStateCannotScoreBeforeTheMomentItKeepsFutureEventsFromSoAClockSetBackRebuildsIt()
    {
        var state = StateOf(new EngagementFact(EngagementType.EmailOpen, TestClock.DaysAgo(1)));

        Assert.True(state.CanScoreAt(TestClock.Now));
        Assert.False(state.CanScoreAt(TestClock.DaysAgo(1)));
        Assert.Throws<InvalidOperationException>(() => state.DecayedCount(EngagementSignal.EmailOpen, TestClock.DaysAgo(1)));
    }
}

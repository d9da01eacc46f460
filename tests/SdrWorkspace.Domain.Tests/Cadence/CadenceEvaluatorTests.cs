using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Cadence;

public class CadenceEvaluatorTests
{
    private static readonly CadencePolicy Policy = Definitions.Default.Cadence;

    /// <summary>Touches without a response, spread evenly from <paramref name="firstDaysAgo"/> to today.</summary>
    private static List<(DateTime At, bool IsResponse)> Touches(int count, int firstDaysAgo)
    {
        var touches = new List<(DateTime At, bool IsResponse)>();
        for (var i = 0; i < count; i++)
        {
            var daysAgo = count == 1 ? firstDaysAgo : firstDaysAgo - (double)firstDaysAgo * i / (count - 1);
            touches.Add((TestClock.DaysAgo(daysAgo), false));
        }
        return touches;
    }

    private static CadenceStatus Evaluate(List<(DateTime At, bool IsResponse)> touches) =>
        CadenceEvaluator.Evaluate(Policy, touches, TestClock.Now);

    [Fact]
    public void ALeadWithoutTouchesHasNotStarted()
    {
        var status = Evaluate([]);

        Assert.Equal(new CadenceStatus(CadencePhase.NotStarted, 0, 8, 0, 28, "Cadence not started"), status);
    }

    [Fact]
    public void AFewTouchesInAFewDaysAreInProgress()
    {
        var status = Evaluate(Touches(3, firstDaysAgo: 4));

        Assert.Equal(CadencePhase.InProgress, status.Phase);
        Assert.Equal((3, 8, 5, 28), (status.Touches, status.TargetTouches, status.DayInCadence, status.WindowDays));
        Assert.Equal("Touch 3 of 8-15, day 5 of 28", status.Summary);
    }

    [Fact]
    public void ATouchTheLeadAnsweredMeansItResponded()
    {
        var touches = Touches(5, firstDaysAgo: 6);
        touches.Add((TestClock.Now, true));

        var status = Evaluate(touches);

        Assert.Equal(CadencePhase.Responded, status.Phase);
        Assert.Equal("Responded after 6 touches", status.Summary);
    }

    [Fact]
    public void ARealTouchLogIsReadTheSameWay()
    {
        Touch[] log =
        [
            new(7, TouchChannel.Email, TouchOutcome.Sent, TestClock.DaysAgo(3), "sam"),
            new(7, TouchChannel.Call, TouchOutcome.LeftVoicemail, TestClock.DaysAgo(2), "sam"),
            new(7, TouchChannel.Call, TouchOutcome.Connected, TestClock.DaysAgo(1), "sam"),
        ];

        var status = CadenceEvaluator.Evaluate(Policy, [.. log.Select(t => (t.At, t.IsResponse))], TestClock.Now);

        Assert.Equal(CadencePhase.Responded, status.Phase);
    }

    [Fact]
    public void MaxTouchesExhaustTheCadenceHoweverFewTheDays()
    {
        var status = Evaluate(Touches(15, firstDaysAgo: 5));

        Assert.Equal(CadencePhase.Exhausted, status.Phase);
        Assert.Equal("Cadence spent: 15 touches over 6 days, no response", status.Summary);
    }

    [Fact]
    public void FourteenTouchesInFiveDaysAreStillInProgress()
    {
        Assert.Equal(CadencePhase.InProgress, Evaluate(Touches(14, firstDaysAgo: 5)).Phase);
    }

    [Fact]
    public void MinTouchesExhaustTheCadenceOncePastMinDays()
    {
        var status = Evaluate(Touches(8, firstDaysAgo: 14));

        Assert.Equal(15, status.DayInCadence);
        Assert.Equal(CadencePhase.Exhausted, status.Phase);
    }

    [Fact]
    public void MinTouchesWithinMinDaysAreStillInProgress()
    {
        var status = Evaluate(Touches(8, firstDaysAgo: 13));

        Assert.Equal(14, status.DayInCadence);
        Assert.Equal(CadencePhase.InProgress, status.Phase);
    }

    [Fact]
    public void FewerThanMinTouchesPastMinDaysAreStillInProgress()
    {
        Assert.Equal(CadencePhase.InProgress, Evaluate(Touches(7, firstDaysAgo: 20)).Phase);
    }

    [Fact]
    public void TheMaxWindowExhaustsTheCadenceHoweverFewTheTouches()
    {
        var status = Evaluate(Touches(3, firstDaysAgo: 28));

        Assert.Equal(29, status.DayInCadence);
        Assert.Equal(CadencePhase.Exhausted, status.Phase);
    }

    [Fact]
    public void TheLastDayOfTheWindowIsStillInProgress()
    {
        var status = Evaluate(Touches(3, firstDaysAgo: 27));

        Assert.Equal(28, status.DayInCadence);
        Assert.Equal(CadencePhase.InProgress, status.Phase);
    }

    [Fact]
    public void TheCadenceAdvancesWithTheClock()
    {
        var clock = TestClock.Fake();
        var touches = Touches(3, firstDaysAgo: 2);

        var today = CadenceEvaluator.Evaluate(Policy, touches, clock.UtcNow());
        clock.Advance(TimeSpan.FromDays(27));
        var later = CadenceEvaluator.Evaluate(Policy, touches, clock.UtcNow());

        Assert.Equal(CadencePhase.InProgress, today.Phase);
        Assert.Equal(CadencePhase.Exhausted, later.Phase);
    }

    [Fact]
    public void AnExhaustedFittingLeadIsRecycledToNurtureForTheConfiguredMonths()
    {
        var status = Evaluate(Touches(15, firstDaysAgo: 20));

        var decision = CadenceEvaluator.Recycle(Policy, status, fitsIcp: true, TestClock.Now);

        Assert.Equal(RecycleOutcome.Nurture, decision.Outcome);
        Assert.Equal(TestClock.Today.AddMonths(4), decision.ReactivationOn);
        Assert.Equal("Cadence spent: 15 touches over 21 days, no response; fits the ICP, recycled to marketing", decision.Reason);
    }

    [Fact]
    public void TheRecycledLeadsReactivationIsThreeToSixMonthsOut()
    {
        var decision = CadenceEvaluator.Recycle(Policy, Evaluate(Touches(15, firstDaysAgo: 20)), fitsIcp: true, TestClock.Now);

        Assert.InRange(decision.ReactivationOn!.Value, TestClock.Today.AddMonths(3), TestClock.Today.AddMonths(6));
    }

    [Fact]
    public void AnExhaustedNonFittingLeadIsDisqualified()
    {
        var decision = CadenceEvaluator.Recycle(Policy, Evaluate(Touches(15, firstDaysAgo: 20)), fitsIcp: false, TestClock.Now);

        Assert.Equal(RecycleOutcome.Disqualify, decision.Outcome);
        Assert.Null(decision.ReactivationOn);
        Assert.EndsWith("; outside the ICP", decision.Reason);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 4)]
    public void ACadenceStillRunningKeepsTheLeadWorked(int touches, int firstDaysAgo)
    {
        var status = Evaluate(Touches(touches, firstDaysAgo));

        var decision = CadenceEvaluator.Recycle(Policy, status, fitsIcp: false, TestClock.Now);

        Assert.Equal(RecycleOutcome.KeepWorking, decision.Outcome);
        Assert.Equal(status.Summary, decision.Reason);
    }

    [Fact]
    public void ALeadThatRespondedIsNotRecycled()
    {
        var touches = Touches(15, firstDaysAgo: 20);
        touches.Add((TestClock.Now, true));

        var decision = CadenceEvaluator.Recycle(Policy, Evaluate(touches), fitsIcp: true, TestClock.Now);

        Assert.Equal(RecycleOutcome.KeepWorking, decision.Outcome);
    }

    [Fact]
    public void ARecycledLeadCanBeMovedToNurtureWithTheDecisionsDate()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var decision = CadenceEvaluator.Recycle(Policy, Evaluate(Touches(15, firstDaysAgo: 20)), fitsIcp: true, TestClock.Now);

        lead.MoveTo(new StageMove(LifecycleStage.Nurture, "cadence", decision.Reason, Moves.Version, TestClock.Now, decision.ReactivationOn));

        Assert.Equal(LifecycleStage.Nurture, lead.Stage);
        Assert.Equal(TestClock.Today.AddMonths(4), lead.ReactivationOn);
    }
}

using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Handover;

public class MqlAnswersTests
{
    [Theory]
    [InlineData(LifecycleStage.SAL, "sdr@demo.local", MqlAnswer.Accepted)]
    [InlineData(LifecycleStage.Lead, "sdr@demo.local", MqlAnswer.Rejected)]
    [InlineData(LifecycleStage.Nurture, "sdr@demo.local", MqlAnswer.Rejected)]
    [InlineData(LifecycleStage.Nurture, Recycling.Actor, MqlAnswer.RecycledByCadence)]
    [InlineData(LifecycleStage.Disqualified, Recycling.Actor, MqlAnswer.RecycledByCadence)]
    public void TheMoveOutOfMqlSaysWhatCameOfIt(LifecycleStage next, string actor, MqlAnswer answer) =>
        Assert.Equal(answer, MqlAnswers.Of(next, actor));

    [Fact]
    public void AnMqlWithoutAMoveOutIsWaiting() => Assert.Equal(MqlAnswer.Waiting, MqlAnswers.Of(null));

    [Fact]
    public void TheAcceptanceRateCountsAnsweredMqlsOnly()
    {
        var tally = MqlTally.Of([MqlAnswer.Accepted, MqlAnswer.Accepted, MqlAnswer.Accepted, MqlAnswer.Rejected, MqlAnswer.RecycledByCadence, MqlAnswer.Waiting]);

        Assert.Equal(new MqlTally(6, 3, 1, 1, 1), tally);
        Assert.Equal(0.75, tally.AcceptanceRate);
        Assert.Null(MqlTally.Of([MqlAnswer.RecycledByCadence, MqlAnswer.Waiting]).AcceptanceRate);
    }

    [Fact]
    public void ARecycledMqlIsNoSlaBreachButALateAnswerAndALongWaitAre()
    {
        var due = new DateTime(2026, 11, 2, 12, 0, 0, DateTimeKind.Utc);
        var now = due.AddDays(3);

        Assert.False(MqlAnswers.BreachedSla(MqlAnswer.RecycledByCadence, due, due.AddDays(2), now));
        Assert.True(MqlAnswers.BreachedSla(MqlAnswer.Rejected, due, due.AddHours(1), now));
        Assert.False(MqlAnswers.BreachedSla(MqlAnswer.Accepted, due, due.AddHours(-1), now));
        Assert.True(MqlAnswers.BreachedSla(MqlAnswer.Waiting, due, null, now));
    }
}

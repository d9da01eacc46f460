using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Queue;

/// <summary>An SQL the AE sent back is the SDR's most urgent work, and says why it came back.</summary>
public class ReturnedHandoverRankingTests
{
    private static readonly DateTime Now = TestClock.Now;

    private static QueueCandidateBuilder Returned(int id, double hoursAgo, string reason = "Economic buyer not confirmed") =>
        QueueCandidateBuilder.Lead(id).InStage(LifecycleStage.SAL).Scored(43).ReturnedByAe(Now.AddHours(-hoursAgo), reason);

    private static IReadOnlyList<int> Order(params QueueCandidateBuilder[] leads) =>
        QueueRanking.Order(leads.Select(l => l.Build()), c => c, Definitions.Default.Sla, Now).Select(x => x.Item.LeadId).ToList();

    [Fact]
    public void AReturnedSqlIsInTheTopTierWithTheAesReasonAsItsWhyNow()
    {
        var position = QueueRanking.Position(Definitions.Default.Sla, Returned(1, 2).Build(), Now);

        Assert.Equal(new QueuePosition(QueueTier.ReturnedByAe, null, "Returned by the AE: Economic buyer not confirmed"), position);
    }

    [Fact]
    public void AReturnGoesBeforeHandRaisesDueFollowUpsAndHigherScores()
    {
        var order = Order(
            QueueCandidateBuilder.Lead(1).Scored(95),
            QueueCandidateBuilder.Lead(2).HandRaisedMinutesAgo(1),
            QueueCandidateBuilder.Lead(3).NextActionAt(Now.AddHours(-1)),
            Returned(4, 1));

        Assert.Equal([4, 2, 3, 1], order);
    }

    [Fact]
    public void TheReturnWaitingLongestComesFirst()
    {
        Assert.Equal([2, 1], Order(Returned(1, 1), Returned(2, 30)));
    }

    [Fact]
    public void ATouchAfterTheReturnAnswersIt()
    {
        var position = QueueRanking.Position(Definitions.Default.Sla, Returned(1, 2).TouchedAt(Now.AddHours(-1)).Build(), Now);

        Assert.Equal(new QueuePosition(QueueTier.ByScore, null, "Score 43"), position);
    }

    [Fact]
    public void AnUnansweredReturnIsAheadOfScoreInTheFormTheDatabaseFiltersBy()
    {
        var aheadOfScore = QueueRanking.AheadOfScore.Compile();

        Assert.True(aheadOfScore(Returned(1, 2).Build(), new QueueClock(Now)));
        Assert.False(aheadOfScore(Returned(1, 2).TouchedAt(Now.AddHours(-1)).Build(), new QueueClock(Now)));
    }
}

using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Queue;

/// <summary>
/// The queue's rules in the form the database filters by agree with the ranking itself, over every mix of
/// stage, hand-raise age, touch, due follow-up, pause, do-not-contact and AE return a lead can have.
/// </summary>
public class QueueRulesAsExpressionsTests
{
    private static readonly DateTime Now = TestClock.Now;
    private static readonly QueueClock Clock = new(Now);
    private static readonly Func<QueueCandidate, QueueClock, bool> AheadOfScore = QueueRanking.AheadOfScore.Compile();

    private static IEnumerable<QueueCandidate> Leads()
    {
        var id = 0;
        LifecycleStage[] stages = [LifecycleStage.Lead, LifecycleStage.MQL, LifecycleStage.SAL, LifecycleStage.SQL, LifecycleStage.Nurture, LifecycleStage.Disqualified];
        double?[] handRaisedMinutesAgo = [null, 2, 10, 60 * 23, 60 * 25];
        double?[] touchedMinutesAgo = [null, 1, 30, 60 * 48];
        int?[] nextActionInHours = [null, -1, 1];
        int?[] pausedForDays = [null, 0, 3];
        double?[] returnedMinutesAgo = [null, 20];
        foreach (var stage in stages)
        foreach (var raised in handRaisedMinutesAgo)
        foreach (var touched in touchedMinutesAgo)
        foreach (var next in nextActionInHours)
        foreach (var paused in pausedForDays)
        foreach (var doNotContact in new[] { false, true })
        foreach (var returned in returnedMinutesAgo)
        {
            var lead = QueueCandidateBuilder.Lead(++id).InStage(stage);
            if (stage == LifecycleStage.Nurture)
                lead.InNurtureUntil(TestClock.Today.AddDays(id % 3 - 1));
            if (raised is { } r)
                lead.HandRaisedMinutesAgo(r);
            if (touched is { } t)
                lead.TouchedAt(Now.AddMinutes(-t));
            if (next is { } n)
                lead.NextActionAt(Now.AddHours(n));
            if (paused is { } p)
                lead.PausedUntil(TestClock.Today.AddDays(p));
            if (doNotContact)
                lead.DoNotContact();
            if (returned is { } back)
                lead.ReturnedByAe(Now.AddMinutes(-back), "No budget this year");
            yield return lead.Build();
        }
    }

    [Fact]
    public void AWorkableLeadIsAheadOfScoreExactlyWhenItsPositionIsAheadOfTheScoreTier()
    {
        var workable = Leads().Where(l => QueueRanking.IsWorkable(l, Now)).ToList();

        var disagreements = workable
            .Where(l => (QueueRanking.Position(Definitions.Default.Sla, l, Now).Tier != QueueTier.ByScore) != AheadOfScore(l, Clock))
            .ToList();

        Assert.Contains(workable, l => AheadOfScore(l, Clock));
        Assert.Contains(workable, l => !AheadOfScore(l, Clock));
        Assert.Empty(disagreements);
    }

    [Fact]
    public void TheWorkableRuleShutsOutClosedPausedAndDoNotContactLeads()
    {
        var leads = Leads().ToList();

        Assert.DoesNotContain(leads, l => QueueRanking.IsWorkable(l, Now) && (l.DoNotContact || l.Stage is LifecycleStage.SQL or LifecycleStage.Disqualified));
        Assert.Contains(leads, l => l.CadencePausedUntil > TestClock.Today && l.LastHighIntentAt is null && !l.DoNotContact && !QueueRanking.IsWorkable(l, Now));
        Assert.Contains(leads, l => l.CadencePausedUntil > TestClock.Today && l.LastHighIntentAt > l.LastTouchAt && QueueRanking.IsWorkable(l, Now));
    }
}

using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Scoring;

/// <summary>
/// Scoring a lead from a state kept up event by event equals scoring it from all its events: for random event histories
/// (past, future, at the very moment, far apart, ties), added in random order while the clock moves and the definition
/// changes (weights, thresholds and fit need no rebuild; a new half-life or reply classification rebuilds from the events),
/// and across storing and reading the state back. Fixed seeds, so a failure repeats.
/// </summary>
public class IncrementalScoringPropertyTests
{
    private static readonly FitProfile[] Profiles =
        [FitProfileBuilder.IcpFit().Build(), FitProfileBuilder.PerfectFit().Build(), FitProfileBuilder.NonFit().Build(), FitProfileBuilder.Unknown().Build()];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 100)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AStateKeptUpEventByEventScoresLikeAllTheEvents(int seed)
    {
        var random = new Random(seed);
        var definition = Definitions.Default;
        var profile = Profiles[random.Next(Profiles.Length)];
        var now = TestClock.Now;
        var history = RandomHistory(random, now);
        var arrived = new List<(long Id, EngagementFact Fact)>();
        var state = EngagementState.Empty(definition, now);

        foreach (var (fact, index) in history.OrderBy(_ => random.Next()).Select((f, i) => (f, i)))
        {
            now = now.AddHours(random.Next(0, 3) * random.Next(1, 200));
            if (random.Next(6) == 0)
                definition = Changed(definition, random);
            if (!state.Fits(definition))
                state = Rebuilt(definition, arrived, now);
            if (random.Next(3) == 0)
                state = EngagementState.FromBytes(state.ToBytes())!;

            state.Add(fact, index + 1);
            arrived.Add((index + 1, fact));
            state.Settle(now);

            // All the events as a query returns them: by time, not in the order they arrived.
            var allEvents = arrived.OrderBy(e => e.Fact.OccurredAt).ThenByDescending(e => e.Id).ToList();
            Assert.Equal(Rebuilt(definition, allEvents, now).ToBytes(), state.ToBytes());
            AssertSameCard(LeadScorer.Score(definition, profile, allEvents.Select(e => e.Fact), now), LeadScorer.Score(definition, profile, state, now));
            Assert.Equal(LeadScorer.Score(definition, profile, state, now).Verdict, LeadScorer.Verdict(definition, profile, state, now));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AStatesDecayedCountIsEveryEventsDecayAddedUp(int seed)
    {
        var random = new Random(seed);
        var definition = Definitions.Default with
        {
            Engagement = Definitions.Default.Engagement with { HalfLifeDays = new[] { 1, 7, 30, 365, 3650 }[random.Next(5)] },
        };
        var now = TestClock.Now.AddMinutes(random.Next(0, 100_000));
        var history = RandomHistory(random, TestClock.Now);
        var state = EngagementState.From(definition, history, now);

        foreach (var signal in Enum.GetValues<EngagementSignal>())
        {
            var expected = history.Where(f => LeadScorer.Classify(definition, f) == signal)
                .Sum(f => LeadScorer.Decay(definition.Engagement.HalfLifeDays, now - f.OccurredAt));
            Assert.Equal(expected, state.DecayedCount(signal, now), 1e-9 * Math.Max(1, expected));
        }
    }

    private static EngagementState Rebuilt(QualificationDefinition definition, List<(long Id, EngagementFact Fact)> events, DateTime now)
    {
        var state = EngagementState.Empty(definition, now);
        foreach (var (id, fact) in events)
            state.Add(fact, id);
        return state;
    }

    /// <summary>Up to 40 events, on whole hours (so ties happen), mostly in the last year, some ahead of the clock or years back.</summary>
    private static List<EngagementFact> RandomHistory(Random random, DateTime now)
    {
        var types = Enum.GetValues<EngagementType>();
        var codes = Enum.GetValues<DispositionCode>();
        return [.. Enumerable.Range(0, random.Next(1, 41)).Select(_ =>
        {
            var at = random.Next(10) switch
            {
                0 => now.AddHours(random.Next(1, 24 * 60)),
                1 => now,
                2 => now.AddDays(-random.Next(365, 365 * 8)),
                _ => now.AddHours(-random.Next(0, 24 * 365)),
            };
            var type = types[random.Next(types.Length)];
            var url = type == EngagementType.PageVisit && random.Next(2) == 0 ? "https://vendor.example/pricing" : "/blog";
            DispositionCode? code = type == EngagementType.EmailReply && random.Next(3) > 0 ? codes[random.Next(codes.Length)] : null;
            return new EngagementFact(type, at, url, code);
        })];
    }

    /// <summary>A definition change of one kind: weights, fit share, thresholds, half-life, or what a coded reply counts as.</summary>
    private static QualificationDefinition Changed(QualificationDefinition d, Random random) => random.Next(5) switch
    {
        0 => d with
        {
            Version = d.Version + 1,
            Engagement = d.Engagement with { Weights = [.. d.Engagement.Weights.Select(w => w with { Points = random.Next(0, 50), MaxPoints = random.Next(1, 80) })] },
        },
        1 => d with { Version = d.Version + 1, FitShareOfScore = random.Next(0, 11) / 10.0 },
        2 => d with
        {
            Version = d.Version + 1,
            Mql = d.Mql with { MinFit = random.Next(0, 100), MinEngagement = random.Next(0, 100), HandRaiseWindowDays = random.Next(1, 90) },
        },
        3 => d with { Version = d.Version + 1, Engagement = d.Engagement with { HalfLifeDays = random.Next(1, 400) } },
        _ => d with
        {
            Version = d.Version + 1,
            Dispositions = [.. d.Dispositions.Select(e => e with { Signal = Enum.GetValues<EngagementSignal>()[random.Next(Enum.GetValues<EngagementSignal>().Length)] })],
        },
    };

    private static void AssertSameCard(ScoreCard expected, ScoreCard actual)
    {
        Assert.Equal(expected with { Factors = [], Highlights = null }, actual with { Factors = [], Highlights = null }, CardFields.Instance);
        Assert.Equal(expected.Factors, actual.Factors);
        Assert.Equal(expected.Highlights, actual.Highlights);
    }

    private sealed class CardFields : IEqualityComparer<ScoreCard>
    {
        public static readonly CardFields Instance = new();

        public bool Equals(ScoreCard? x, ScoreCard? y) => x!.Verdict == y!.Verdict && x.Mql == y.Mql;

        public int GetHashCode(ScoreCard card) => card.Verdict.GetHashCode();
    }
}

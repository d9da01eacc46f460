using System.Globalization;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Scoring;

/// <summary>
/// The scoring engine: fit 0-100 from weighted ICP criteria, engagement 0-100 from weighted, decaying
/// events, a combined score, the priority band and the MQL verdict, each with its explanation.
/// </summary>
public static class LeadScorer
{
    public const int MaxScore = 100;

    /// <summary>Scores a lead from all its events: the events are folded into an <see cref="EngagementState"/> and scored from there, as every path does.</summary>
    public static ScoreCard Score(
        QualificationDefinition definition, FitProfile profile, IEnumerable<EngagementFact> events, DateTime now) =>
        Score(definition, profile, EngagementState.From(definition, events, now), now);

    /// <summary>The card with its explanation: what each criterion and signal gave, and why the lead is or is not an MQL.</summary>
    public static ScoreCard Score(QualificationDefinition definition, FitProfile profile, EngagementState state, DateTime now)
    {
        var explanation = new Explanation();
        var verdict = Decide(definition, profile, state, now, explanation);
        return new ScoreCard(verdict.Fit, verdict.Engagement, verdict.Total, verdict.Band,
            new MqlAssessment(verdict.IsMql, verdict.MqlByHandRaise, explanation.MqlReason!), [.. explanation.Fit, .. explanation.Engagement],
            verdict.LastHighIntentAt, verdict.DefinitionVersion, verdict.LastEngagementAt, verdict.LastHighIntentSignal,
            [.. explanation.FitHighlights.OrderByDescending(h => h.Points).Take(2).Select(h => h.Text),
             .. explanation.Engagement.Where(f => f.Points > 0).Take(1).Select(f => f.Factor.ToLowerInvariant())]);
    }

    /// <summary>
    /// The numbers of <see cref="Score(QualificationDefinition, FitProfile, EngagementState, DateTime)"/> without the
    /// explanation text, for passes over every lead (a re-score, a what-if) that only compare them with what is stored.
    /// </summary>
    public static ScoreVerdict Verdict(QualificationDefinition definition, FitProfile profile, EngagementState state, DateTime now) =>
        Decide(definition, profile, state, now, null);

    /// <summary>Whether a lead fits the ideal customer profile; fit is scored from the profile alone, so no events are needed.</summary>
    public static bool FitsIcp(QualificationDefinition definition, FitProfile profile) =>
        definition.Mql.FitsIcp(FitScore(definition.Fit, profile, null));

    public static EngagementSignal Classify(QualificationDefinition definition, EngagementFact fact) =>
        EngagementSignals.Classify(fact, definition.ReplySignal);

    /// <summary>The one computation behind a card and a verdict; the explanation, when asked for, is written on the way.</summary>
    private static ScoreVerdict Decide(QualificationDefinition definition, FitProfile profile, EngagementState state, DateTime now, Explanation? explanation)
    {
        if (!state.Fits(definition))
            throw new ArgumentException($"The engagement state was built under another half-life or reply classification than definition v{definition.Version}; rebuild it from the events.", nameof(state));
        var fit = FitScore(definition.Fit, profile, explanation);
        var engagement = EngagementScore(definition, state, now, explanation);
        var total = Clamp(fit * definition.FitShareOfScore + engagement * (1 - definition.FitShareOfScore));

        // High intent is what the definition calls a hand-raise, so the queue and the MQL rule agree.
        // Of two at the same moment, the stronger signal (listed first) is the one named.
        var lastHandRaise = state.Signals.Where(s => definition.IsHandRaise(s.Signal))
            .OrderByDescending(s => s.Latest).ThenBy(s => s.Signal)
            .Select(s => ((DateTime At, EngagementSignal Signal)?)(s.Latest, s.Signal))
            .FirstOrDefault();
        var (isMql, byHandRaise) = AssessMql(definition.Mql, fit, engagement, state, lastHandRaise, now, explanation);
        var lastEngagement = state.Signals.Where(s => s.Signal != EngagementSignal.None).Select(s => (DateTime?)s.Latest).Max();
        return new ScoreVerdict(fit, engagement, total, definition.Priority.BandOf(total), isMql, byHandRaise,
            lastHandRaise?.At, lastHandRaise?.Signal, lastEngagement, definition.Version);
    }

    /// <summary>What <see cref="Score(QualificationDefinition, FitProfile, EngagementState, DateTime)"/> says besides the numbers.</summary>
    private sealed class Explanation
    {
        public List<ScoreFactor> Fit { get; } = [];
        public List<(string Text, double Points)> FitHighlights { get; } = [];
        public List<ScoreFactor> Engagement { get; } = [];
        public string? MqlReason { get; set; }
    }

    private static int FitScore(IReadOnlyList<FitCriterion> criteria, FitProfile profile, Explanation? explanation)
    {
        var totalWeight = criteria.Sum(c => c.Weight);
        var sum = 0.0;
        foreach (var criterion in criteria)
        {
            var match = Match(criterion, profile);
            var share = match?.Share ?? 0;
            var points = totalWeight == 0 ? 0 : Math.Round(criterion.Weight * share * 100.0 / totalWeight, 1);
            sum += points;
            if (explanation is null)
                continue;
            var label = Label(criterion.Attribute, profile);
            var verdict = match is null ? "outside ICP" : share >= 1 ? "in ICP" : "near ICP";
            explanation.Fit.Add(new ScoreFactor(ScorePart.Fit, $"{Name(criterion.Attribute)}: {label} ({verdict})", points));
            if (points > 0)
                explanation.FitHighlights.Add((Short(criterion.Attribute, label), points));
        }
        return Clamp(sum);
    }

    private static string Short(FitAttribute attribute, string label) => attribute switch
    {
        FitAttribute.Employees => $"{label} employees",
        FitAttribute.AnnualRevenue => $"{label} revenue",
        _ => label,
    };

    private static FitMatch? Match(FitCriterion criterion, FitProfile p) => criterion.Attribute switch
    {
        FitAttribute.Industry => Category(criterion.Matches, p.Industry),
        FitAttribute.Region => Category(criterion.Matches, p.Region),
        FitAttribute.Seniority => Category(criterion.Matches, p.Seniority == Seniority.Unknown ? null : p.Seniority.ToString()),
        FitAttribute.JobFunction => Category(criterion.Matches, p.Function == JobFunction.Unknown ? null : p.Function.ToString()),
        FitAttribute.BuyingRole => Category(criterion.Matches, p.BuyingRole == BuyingRole.Unknown ? null : p.BuyingRole.ToString()),
        FitAttribute.Employees => criterion.Matches.FirstOrDefault(m => m.IsMatch(p.Employees)),
        FitAttribute.AnnualRevenue => criterion.Matches.FirstOrDefault(m => m.IsMatch(p.AnnualRevenue)),
        _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
    };

    private static FitMatch? Category(IReadOnlyList<FitMatch> matches, string? value) =>
        value is null ? null : matches.FirstOrDefault(m => m.IsMatch(value));

    private static string Label(FitAttribute attribute, FitProfile p) => attribute switch
    {
        FitAttribute.Industry => CategoryLabel(p.Industry),
        FitAttribute.Region => CategoryLabel(p.Region),
        FitAttribute.Seniority => CategoryLabel(p.Seniority == Seniority.Unknown ? null : p.Seniority.ToString()),
        FitAttribute.JobFunction => CategoryLabel(p.Function == JobFunction.Unknown ? null : p.Function.ToString()),
        FitAttribute.BuyingRole => CategoryLabel(p.BuyingRole == BuyingRole.Unknown ? null : p.BuyingRole.ToString()),
        FitAttribute.Employees => p.Employees?.ToString("N0", CultureInfo.InvariantCulture) ?? "unknown",
        FitAttribute.AnnualRevenue => p.AnnualRevenue is { } r ? Money(r) : "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(attribute)),
    };

    private static string CategoryLabel(string? value) => value is null ? "unknown" : Labels.Of(value);

    private static int EngagementScore(QualificationDefinition definition, EngagementState state, DateTime now, Explanation? explanation)
    {
        var model = definition.Engagement;
        var factors = new List<(EngagementSignal Signal, int Count, double Points)>();
        foreach (var (signal, count, _) in state.Signals)
        {
            if (model.WeightOf(signal) is not { Points: > 0 } weight)
                continue;
            // Rounded to a billionth first, so the float noise of the decay arithmetic never decides a rounding.
            var points = Math.Round(weight.Points * state.DecayedCount(signal, now), 9);
            factors.Add((signal, count, Math.Round(Math.Min(points, weight.MaxPoints), 1)));
        }
        var sum = factors.Sum(f => f.Points);
        if (explanation is not null)
        {
            explanation.Engagement.AddRange(factors.OrderByDescending(f => f.Points).ThenBy(f => f.Signal)
                .Select(f => new ScoreFactor(ScorePart.Engagement, f.Count == 1 ? f.Signal.Label() : $"{f.Signal.Label()} x{f.Count}", f.Points)));
            // The explanation adds up to the score: what lies beyond 100 is shown as cut off.
            if (sum > MaxScore)
                explanation.Engagement.Add(new ScoreFactor(ScorePart.Engagement, $"Capped at {MaxScore}", Math.Round(MaxScore - sum, 1)));
        }
        return Clamp(sum);
    }

    /// <summary>Share of an event's points left after its age: halves every half-life; future events count in full.</summary>
    public static double Decay(double halfLifeDays, TimeSpan age) =>
        age <= TimeSpan.Zero || halfLifeDays <= 0 ? 1 : Math.Pow(0.5, age.TotalDays / halfLifeDays);

    private static (bool IsMql, bool ByHandRaise) AssessMql(
        MqlRule rule, int fit, int engagement, EngagementState state, (DateTime At, EngagementSignal Signal)? lastHandRaise, DateTime now,
        Explanation? explanation)
    {
        (bool, bool) Say(bool isMql, bool byHandRaise, Func<string> reason)
        {
            explanation?.MqlReason = reason();
            return (isMql, byHandRaise);
        }

        if (!rule.FitsIcp(fit))
            return Say(false, false, () => $"Not an MQL: fit {fit} is below {rule.MinFit}, and engagement never makes up for fit");

        if (lastHandRaise is { } raised && raised.At >= now.AddDays(-rule.HandRaiseWindowDays))
            return Say(true, true, () => $"MQL: {raised.Signal.Label().ToLowerInvariant()} from an ICP-fit lead (fit {fit})");

        // Only when there are opens: a lead with no engagement at all lacks engagement, not intent.
        if (state.CountOf(EngagementSignal.EmailOpen) > 0
            && state.Signals.All(s => s.Signal is EngagementSignal.EmailOpen or EngagementSignal.None))
            return Say(false, false, () => "Not an MQL: email opens alone show interest, not intent");

        return engagement >= rule.MinEngagement
            ? Say(true, false, () => $"MQL: fit {fit} (needs {rule.MinFit}) and engagement {engagement} (needs {rule.MinEngagement})")
            : Say(false, false, () => $"Not an MQL: engagement {engagement} is below {rule.MinEngagement}");
    }

    private static int Clamp(double value) => (int)Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), 0, 100);

    private static string Name(FitAttribute attribute) => attribute switch
    {
        FitAttribute.Industry => "Industry",
        FitAttribute.Employees => "Company size",
        FitAttribute.AnnualRevenue => "Revenue",
        FitAttribute.Region => "Region",
        FitAttribute.Seniority => "Seniority",
        FitAttribute.JobFunction => "Function",
        FitAttribute.BuyingRole => "Buying role",
        _ => attribute.ToString(),
    };

    private static string Money(decimal amount) => amount switch
    {
        >= 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"${amount / 1_000_000_000:0.#}B"),
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"${amount / 1_000_000:0.#}M"),
        >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"${amount / 1_000:0.#}K"),
        _ => string.Create(CultureInfo.InvariantCulture, $"${amount:0}"),
    };
}

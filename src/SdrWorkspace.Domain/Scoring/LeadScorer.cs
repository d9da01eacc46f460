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

    public static ScoreCard Score(
        QualificationDefinition definition, FitProfile profile, IEnumerable<EngagementFact> events, DateTime now)
    {
        var (fitFactors, fitHighlights) = FitFactors(definition.Fit, profile);
        var fit = Clamp(fitFactors.Sum(f => f.Points));

        // Each event is classified once; the engagement score, the hand-raise and the MQL rule all read it.
        var signals = events.Select(f => (fact: f, signal: Classify(definition, f))).ToList();
        var engagementFactors = EngagementFactors(definition, signals, now);
        var engagement = Clamp(engagementFactors.Sum(f => f.Points));

        var total = Clamp(fit * definition.FitShareOfScore + engagement * (1 - definition.FitShareOfScore));
        var band = definition.Priority.BandOf(total);

        // High intent is what the definition calls a hand-raise, so the queue and the MQL rule agree.
        var lastHandRaise = signals.Where(s => definition.IsHandRaise(s.signal))
            .OrderByDescending(s => s.fact.OccurredAt)
            .Select(s => ((DateTime At, EngagementSignal Signal)?)(s.fact.OccurredAt, s.signal))
            .FirstOrDefault();
        var mql = AssessMql(definition.Mql, fit, engagement, signals, now);

        var lastEngagement = signals.Where(s => s.signal != EngagementSignal.None)
            .Select(s => (DateTime?)s.fact.OccurredAt).DefaultIfEmpty().Max();
        return new ScoreCard(fit, engagement, total, band, mql, [.. fitFactors, .. engagementFactors],
            lastHandRaise?.At, definition.Version, lastEngagement, lastHandRaise?.Signal,
            [.. fitHighlights.OrderByDescending(h => h.Points).Take(2).Select(h => h.Text),
             .. engagementFactors.Where(f => f.Points > 0).Take(1).Select(f => f.Factor.ToLowerInvariant())]);
    }

    /// <summary>Whether a lead fits the ideal customer profile; fit is scored from the profile alone, so no events are needed.</summary>
    public static bool FitsIcp(QualificationDefinition definition, FitProfile profile) =>
        definition.Mql.FitsIcp(Clamp(FitFactors(definition.Fit, profile).Factors.Sum(f => f.Points)));

    public static EngagementSignal Classify(QualificationDefinition definition, EngagementFact fact) =>
        EngagementSignals.Classify(fact, definition.ReplySignal);

    private static (List<ScoreFactor> Factors, List<(string Text, double Points)> Highlights) FitFactors(
        IReadOnlyList<FitCriterion> criteria, FitProfile profile)
    {
        var totalWeight = criteria.Sum(c => c.Weight);
        var factors = new List<ScoreFactor>(criteria.Count);
        var highlights = new List<(string, double)>();
        foreach (var criterion in criteria)
        {
            var (label, match) = Evaluate(criterion, profile);
            var share = match?.Share ?? 0;
            var points = totalWeight == 0 ? 0 : Math.Round(criterion.Weight * share * 100.0 / totalWeight, 1);
            var verdict = match is null ? "outside ICP" : share >= 1 ? "in ICP" : "near ICP";
            factors.Add(new ScoreFactor(ScorePart.Fit, $"{Name(criterion.Attribute)}: {label} ({verdict})", points));
            if (points > 0)
                highlights.Add((Short(criterion.Attribute, label), points));
        }
        return (factors, highlights);
    }

    private static string Short(FitAttribute attribute, string label) => attribute switch
    {
        FitAttribute.Employees => $"{label} employees",
        FitAttribute.AnnualRevenue => $"{label} revenue",
        _ => label,
    };

    private static (string Label, FitMatch? Match) Evaluate(FitCriterion criterion, FitProfile p)
    {
        return criterion.Attribute switch
        {
            FitAttribute.Industry => Category(p.Industry),
            FitAttribute.Region => Category(p.Region),
            FitAttribute.Seniority => Category(p.Seniority == Seniority.Unknown ? null : p.Seniority.ToString()),
            FitAttribute.JobFunction => Category(p.Function == JobFunction.Unknown ? null : p.Function.ToString()),
            FitAttribute.BuyingRole => Category(p.BuyingRole == BuyingRole.Unknown ? null : p.BuyingRole.ToString()),
            FitAttribute.Employees => Number(p.Employees, p.Employees?.ToString("N0", CultureInfo.InvariantCulture)),
            FitAttribute.AnnualRevenue => Number(p.AnnualRevenue, p.AnnualRevenue is { } r ? Money(r) : null),
            _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
        };

        (string, FitMatch?) Category(string? value) =>
            (value is null ? "unknown" : Labels.Of(value), value is null ? null : criterion.Matches.FirstOrDefault(m => m.IsMatch(value)));

        (string, FitMatch?) Number(decimal? value, string? label) =>
            (label ?? "unknown", criterion.Matches.FirstOrDefault(m => m.IsMatch(value)));
    }

    private static List<ScoreFactor> EngagementFactors(
        QualificationDefinition definition, List<(EngagementFact fact, EngagementSignal signal)> events, DateTime now)
    {
        var model = definition.Engagement;
        var factors = events
            .GroupBy(e => e.signal)
            .Select(g => (weight: model.WeightOf(g.Key), events: g))
            .Select(g => (g.weight, count: g.events.Count(),
                points: g.events.Sum(e => (g.weight?.Points ?? 0) * Decay(model.HalfLifeDays, now - e.fact.OccurredAt))))
            .Where(g => g.weight is { Points: > 0 })
            .Select(g => new ScoreFactor(
                ScorePart.Engagement,
                g.count == 1 ? g.weight!.Signal.Label() : $"{g.weight!.Signal.Label()} x{g.count}",
                Math.Round(Math.Min(g.points, g.weight.MaxPoints), 1)))
            .OrderByDescending(f => f.Points)
            .ToList();
        // The explanation adds up to the score: what lies beyond 100 is shown as cut off.
        var sum = factors.Sum(f => f.Points);
        if (sum > MaxScore)
            factors.Add(new ScoreFactor(ScorePart.Engagement, $"Capped at {MaxScore}", Math.Round(MaxScore - sum, 1)));
        return factors;
    }

    /// <summary>Share of an event's points left after its age: halves every half-life; future events count in full.</summary>
    public static double Decay(double halfLifeDays, TimeSpan age) =>
        age <= TimeSpan.Zero || halfLifeDays <= 0 ? 1 : Math.Pow(0.5, age.TotalDays / halfLifeDays);

    private static MqlAssessment AssessMql(
        MqlRule rule, int fit, int engagement, List<(EngagementFact fact, EngagementSignal signal)> signals, DateTime now)
    {
        if (!rule.FitsIcp(fit))
            return new(false, false, $"Not an MQL: fit {fit} is below {rule.MinFit}, and engagement never makes up for fit");

        var windowStart = now.AddDays(-rule.HandRaiseWindowDays);
        var handRaise = signals
            .Where(s => rule.HandRaises.Contains(s.signal) && s.fact.OccurredAt >= windowStart)
            .OrderByDescending(s => s.fact.OccurredAt)
            .Select(s => (EngagementSignal?)s.signal)
            .FirstOrDefault();
        if (handRaise is { } raised)
            return new(true, true, $"MQL: {raised.Label().ToLowerInvariant()} from an ICP-fit lead (fit {fit})");

        // Only when there are opens: a lead with no engagement at all lacks engagement, not intent.
        if (signals.Any(s => s.signal is EngagementSignal.EmailOpen)
            && signals.All(s => s.signal is EngagementSignal.EmailOpen or EngagementSignal.None))
            return new(false, false, "Not an MQL: email opens alone show interest, not intent");

        return engagement >= rule.MinEngagement
            ? new(true, false, $"MQL: fit {fit} (needs {rule.MinFit}) and engagement {engagement} (needs {rule.MinEngagement})")
            : new(false, false, $"Not an MQL: engagement {engagement} is below {rule.MinEngagement}");
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

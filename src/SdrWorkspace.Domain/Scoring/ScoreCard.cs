using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Scoring;

public enum ScorePart
{
    Fit,
    Engagement,
}

public enum PriorityBand
{
    Low,
    Warm,
    Hot,
}

/// <summary>One line of a score's explanation: what produced how many points.</summary>
public sealed record ScoreFactor(ScorePart Part, string Factor, double Points);

public sealed record MqlAssessment(bool IsMql, bool ByHandRaise, string Reason);

/// <summary>
/// Everything needed to act on and explain a lead's score. <see cref="Highlights"/> is the short why
/// ("VP", "500 employees", "pricing page visit x3") that a queue row has room for.
/// </summary>
public sealed record ScoreCard(
    int Fit,
    int Engagement,
    int Total,
    PriorityBand Band,
    MqlAssessment Mql,
    IReadOnlyList<ScoreFactor> Factors,
    DateTime? LastHighIntentAt,
    int DefinitionVersion,
    DateTime? LastEngagementAt = null,
    EngagementSignal? LastHighIntentSignal = null,
    IReadOnlyList<string>? Highlights = null)
{
    /// <summary>The numbers of this card, as a verdict without the explanation has them.</summary>
    public ScoreVerdict Verdict => new(Fit, Engagement, Total, Band, Mql.IsMql, Mql.ByHandRaise, LastHighIntentAt, LastHighIntentSignal,
        LastEngagementAt, DefinitionVersion);

    public IEnumerable<ScoreFactor> FitFactors => Factors.Where(f => f.Part == ScorePart.Fit);
    public IEnumerable<ScoreFactor> EngagementFactors => Factors.Where(f => f.Part == ScorePart.Engagement);

    /// <summary>The factors that gave the most points, fit and engagement alike: what to open a call with.</summary>
    public IReadOnlyList<ScoreFactor> TopReasons(int count) =>
        Factors.Where(f => f.Points > 0).OrderByDescending(f => f.Points).Take(count).ToList();
}

/// <summary>
/// A score's numbers and the facts a stage move depends on, without the explanation: what a pass over every lead
/// compares with the stored score (<see cref="StoredScore.Needs(ScoreVerdict)"/>).
/// </summary>
public sealed record ScoreVerdict(
    int Fit,
    int Engagement,
    int Total,
    PriorityBand Band,
    bool IsMql,
    bool MqlByHandRaise,
    DateTime? LastHighIntentAt,
    EngagementSignal? LastHighIntentSignal,
    DateTime? LastEngagementAt,
    int DefinitionVersion);

/// <summary>The firmographic and persona facts fit is scored on.</summary>
public sealed record FitProfile(
    string? Industry,
    int? Employees,
    decimal? AnnualRevenue,
    string? Region,
    Seniority Seniority,
    JobFunction Function,
    BuyingRole BuyingRole);

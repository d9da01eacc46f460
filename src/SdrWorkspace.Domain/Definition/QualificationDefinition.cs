using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Definition;

/// <summary>
/// The one definition of "qualified" that marketing and sales agreed on, applied everywhere: scoring,
/// MQL threshold, SQL verdict, SLAs, cadence and recycling. Immutable: an edit is a new version.
/// </summary>
public sealed record QualificationDefinition
{
    public required int Version { get; init; }
    public required IReadOnlyList<FitCriterion> Fit { get; init; }
    public required EngagementModel Engagement { get; init; }
    /// <summary>Share of the combined score that comes from fit (the rest from engagement), 0..1.</summary>
    public required double FitShareOfScore { get; init; }
    public required PriorityBands Priority { get; init; }
    public required MqlRule Mql { get; init; }
    public required FrameworkSettings Frameworks { get; init; }
    public required SlaPolicy Sla { get; init; }
    public required CadencePolicy Cadence { get; init; }
    public required IReadOnlyList<DispositionEffect> Dispositions { get; init; }

    public DispositionEffect Disposition(DispositionCode code) =>
        Dispositions.FirstOrDefault(d => d.Code == code)
        ?? throw new InvalidOperationException($"Definition v{Version} has no effect for {code}.");

    public FrameworkRule RuleFor(Framework framework) =>
        Frameworks.Rules.FirstOrDefault(r => r.Framework == framework)
        ?? throw new InvalidOperationException($"Definition v{Version} has no pass rule for {framework}.");

    /// <summary>
    /// The disposition effect an event carries beyond its score: an unsubscribe or a bounce reported by an email
    /// tool is the same news as a reply coded Unsubscribe or Wrong contact, so it has that code's configured effect.
    /// </summary>
    public DispositionEffect? EffectOf(EngagementType type) => type.Disposition() is { } code ? Disposition(code) : null;

    /// <summary>The disposition effect a touch's outcome carries: a wrong number has Wrong contact's configured effect.</summary>
    public DispositionEffect? EffectOf(TouchOutcome outcome) => Touch.DispositionOf(outcome) is { } code ? Disposition(code) : null;

    /// <summary>
    /// High intent: a signal the definition calls a hand-raise. The one answer for scoring (a lead's last high
    /// intent), ingestion and reply coding (live alerts), the dashboards' speed to lead and recycling.
    /// </summary>
    public bool IsHandRaise(EngagementSignal signal) => Mql.HandRaises.Contains(signal);

    public bool IsHandRaise(EngagementFact fact) => IsHandRaise(EngagementSignals.Classify(fact, ReplySignal));

    /// <summary>The event types that may be a hand-raise under this definition, to narrow a query before <see cref="IsHandRaise(EngagementFact)"/> decides.</summary>
    public IReadOnlyList<EngagementType> HandRaiseTypes =>
        [.. Enum.GetValues<EngagementType>().Where(t => EngagementSignals.PossibleSignals(t, ReplySignal).Any(IsHandRaise))];

    /// <summary>The signal a coded reply counts as, from its disposition's configured effect.</summary>
    public EngagementSignal ReplySignal(DispositionCode code) =>
        Dispositions.FirstOrDefault(d => d.Code == code)?.Signal ?? EngagementSignal.Reply;
}

public enum FitAttribute
{
    Industry,
    Employees,
    AnnualRevenue,
    Region,
    Seniority,
    JobFunction,
    BuyingRole,
}

/// <summary>
/// One ICP criterion: its weight and the values that match it. A match gives the criterion's weight
/// times its share (a near miss may earn part of it); the first match wins; no match earns nothing.
/// </summary>
public sealed record FitCriterion(FitAttribute Attribute, int Weight, IReadOnlyList<FitMatch> Matches);

/// <summary>Matches a category (Value) or a numeric range (Min..Max, inclusive).</summary>
public sealed record FitMatch(string? Value = null, decimal? Min = null, decimal? Max = null, double Share = 1.0)
{
    public bool IsMatch(string? value) =>
        Value is not null && value is not null && string.Equals(Value, value, StringComparison.OrdinalIgnoreCase);

    public bool IsMatch(decimal? value) =>
        Value is null && value is { } v && (Min is null || v >= Min) && (Max is null || v <= Max);
}

/// <summary>Weighted events with time decay: an event's points halve every half-life.</summary>
public sealed record EngagementModel(double HalfLifeDays, IReadOnlyList<SignalWeight> Weights)
{
    public SignalWeight? WeightOf(EngagementSignal signal) => Weights.FirstOrDefault(w => w.Signal == signal);
}

/// <summary>Points per event and the most a signal can add in total, so many opens never outweigh a reply.</summary>
public sealed record SignalWeight(EngagementSignal Signal, double Points, double MaxPoints);

public sealed record PriorityBands(int Hot, int Warm)
{
    public PriorityBand BandOf(int score) => score >= Hot ? PriorityBand.Hot : score >= Warm ? PriorityBand.Warm : PriorityBand.Low;

    /// <summary>The score range of a band, inclusive, for filtering stored scores.</summary>
    public (int Min, int Max) RangeOf(PriorityBand band) => band switch
    {
        PriorityBand.Hot => (Hot, 100),
        PriorityBand.Warm => (Warm, Hot - 1),
        _ => (0, Warm - 1),
    };
}

/// <summary>
/// MQL when fit and engagement both pass their thresholds, or at once on a recent hand-raise from a
/// fitting lead. Fit is required in every case, and opens alone never qualify.
/// </summary>
public sealed record MqlRule(int MinFit, int MinEngagement, IReadOnlyList<EngagementSignal> HandRaises, int HandRaiseWindowDays)
{
    /// <summary>A fit score that fits the ideal customer profile: the fit an MQL needs, whatever its engagement.</summary>
    public bool FitsIcp(int fit) => fit >= MinFit;
}

public sealed record FrameworkSettings(Framework Default, IReadOnlyList<FrameworkRule> Rules);

/// <summary>A framework passes with at least MinConfirmed criteria confirmed, including every required one.</summary>
public sealed record FrameworkRule(Framework Framework, int MinConfirmed, IReadOnlyList<string> Required);

public sealed record SlaPolicy(int HighIntentResponseMinutes, int MqlAcceptanceWorkingDays, int SqlAcceptanceWorkingDays);

/// <summary>8-15 touches over 2-4 weeks; a fitting lead that never answers goes to nurture for some months.</summary>
public sealed record CadencePolicy(int MinTouches, int MaxTouches, int MinDays, int MaxDays, int NurtureMonths);

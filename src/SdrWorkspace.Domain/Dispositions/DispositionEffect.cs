using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Dispositions;

/// <summary>A disposition code's configured effects on score, stage, cadence and contact status.</summary>
public sealed record DispositionEffect(
    DispositionCode Code,
    string Label,
    char Hotkey,
    EngagementSignal Signal,
    StageEffect Stage,
    CadenceEffect Cadence,
    ContactEffect Contact,
    bool NeedsDate,
    string? StageReason = null,
    int NurtureMonths = 0);

using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>Stage moves that carry everything a legal move needs unless a test takes something away.</summary>
public static class Moves
{
    public const string Sdr = "sdr@example.com";
    public const int Version = 1;

    /// <summary>A complete move: an actor, a reason and, for nurture, a reactivation date three months out.</summary>
    public static StageMove To(LifecycleStage stage, DateTime? at = null, string? reason = null) =>
        new(stage, Sdr, reason ?? $"Moved to {stage}", Version, at ?? TestClock.Now,
            stage == LifecycleStage.Nurture ? DateOnly.FromDateTime(at ?? TestClock.Now).AddMonths(3) : null);

    /// <summary>The shortest legal path from a new lead to a stage.</summary>
    public static IReadOnlyList<LifecycleStage> PathTo(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Lead => [],
        LifecycleStage.MQL => [LifecycleStage.MQL],
        LifecycleStage.SAL => [LifecycleStage.MQL, LifecycleStage.SAL],
        LifecycleStage.SQL => [LifecycleStage.SQL],
        LifecycleStage.Opportunity => [LifecycleStage.SQL, LifecycleStage.Opportunity],
        LifecycleStage.Nurture => [LifecycleStage.Nurture],
        LifecycleStage.Disqualified => [LifecycleStage.Disqualified],
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}

using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Leads;

/// <summary>The lifecycle state machine: which stage may follow which, and what a move must carry.</summary>
public static class LifecycleRules
{
    private static readonly Dictionary<LifecycleStage, LifecycleStage[]> Allowed = new()
    {
        // An outbound lead can be qualified on a call without ever having been an MQL.
        [LifecycleStage.Lead] = [LifecycleStage.MQL, LifecycleStage.SQL, LifecycleStage.Nurture, LifecycleStage.Disqualified],
        // A rejected MQL goes back to marketing as a plain lead, or is recycled or disqualified.
        [LifecycleStage.MQL] = [LifecycleStage.SAL, LifecycleStage.Lead, LifecycleStage.Nurture, LifecycleStage.Disqualified],
        [LifecycleStage.SAL] = [LifecycleStage.SQL, LifecycleStage.Nurture, LifecycleStage.Disqualified],
        // An AE accepts (opportunity) or returns the handover to the SDR (back to SAL).
        [LifecycleStage.SQL] = [LifecycleStage.Opportunity, LifecycleStage.SAL, LifecycleStage.Nurture, LifecycleStage.Disqualified],
        [LifecycleStage.Opportunity] = [],
        // Reactivation returns a nurtured lead to the queue; fresh intent can make it an MQL at once.
        [LifecycleStage.Nurture] = [LifecycleStage.Lead, LifecycleStage.MQL, LifecycleStage.Disqualified],
        // Reopening a disqualified lead is allowed and audited like any other move.
        [LifecycleStage.Disqualified] = [LifecycleStage.Lead],
    };

    public static IReadOnlyList<LifecycleStage> NextStages(LifecycleStage from) => Allowed[from];

    public static bool CanMove(LifecycleStage from, LifecycleStage to) => Allowed[from].Contains(to);

    /// <summary>Stages in which the lead is closed for SDR work: it never appears in a working queue, nor is it assigned.</summary>
    public static readonly IReadOnlyList<LifecycleStage> ClosedStages = [LifecycleStage.Opportunity, LifecycleStage.Disqualified];

    public static bool IsClosed(LifecycleStage stage) => ClosedStages.Contains(stage);

    /// <summary>
    /// The stages an SDR works a lead in: not yet handed to sales, not closed. The queue offers these (a nurtured
    /// lead once its reactivation date comes, see <c>QueueRanking.Workable</c>).
    /// </summary>
    public static readonly IReadOnlyList<LifecycleStage> WorkableStages = [LifecycleStage.Lead, LifecycleStage.MQL, LifecycleStage.SAL, LifecycleStage.Nurture];

    /// <summary>A qualification is started and finished on a lead the SDR works: in any workable stage.</summary>
    public static bool CanBeQualified(LifecycleStage stage) => WorkableStages.Contains(stage);

    /// <summary>The funnel's forward order, used for stage-to-stage conversion.</summary>
    public static readonly IReadOnlyList<LifecycleStage> Funnel =
        [LifecycleStage.Lead, LifecycleStage.MQL, LifecycleStage.SAL, LifecycleStage.SQL, LifecycleStage.Opportunity];

    internal static void EnsureLegal(StageMove move, LifecycleStage from)
    {
        if (from == move.To)
            throw new DomainException($"The lead is already {from}.");
        if (!CanMove(from, move.To))
            throw new DomainException($"A lead cannot move from {from} to {move.To}.");
        if (string.IsNullOrWhiteSpace(move.Actor))
            throw new DomainException("Every stage change needs the person or process that made it.");
        if (string.IsNullOrWhiteSpace(move.Reason) && move.To is LifecycleStage.Disqualified or LifecycleStage.Nurture)
            throw new DomainException($"Moving a lead to {move.To} needs a reason.");
        if (from == LifecycleStage.SQL && move.To == LifecycleStage.SAL && string.IsNullOrWhiteSpace(move.Reason))
            throw new DomainException("Returning a handover needs a reason.");
        if (from == LifecycleStage.MQL && move.To == LifecycleStage.Lead && string.IsNullOrWhiteSpace(move.Reason))
            throw new DomainException("Rejecting an MQL needs a reason.");
        if (from == LifecycleStage.Disqualified && string.IsNullOrWhiteSpace(move.Reason))
            throw new DomainException("Reopening a disqualified lead needs a reason.");
        if (move.To == LifecycleStage.Nurture && (move.ReactivationOn is not { } date || date <= DateOnly.FromDateTime(move.At)))
            throw new DomainException("Nurture needs a reactivation date in the future.");
    }
}

/// <summary>A requested stage change: who, when, why and under which definition version.</summary>
public sealed record StageMove(
    LifecycleStage To,
    string Actor,
    string Reason,
    int DefinitionVersion,
    DateTime At,
    DateOnly? ReactivationOn = null);

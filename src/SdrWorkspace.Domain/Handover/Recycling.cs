using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Handover;

/// <summary>
/// What the recycling job does to one lead: a spent cadence sends it to nurture or out (by
/// <see cref="CadenceEvaluator.Recycle"/>), and a nurtured lead whose reactivation date has come goes back to the queue.
/// </summary>
public static class Recycling
{
    public const string Actor = "recycling";

    /// <summary>Stages an SDR works with a cadence; later ones belong to the AE, earlier decisions to people.</summary>
    public static readonly IReadOnlyList<LifecycleStage> CadenceStages = [LifecycleStage.Lead, LifecycleStage.MQL, LifecycleStage.SAL];

    /// <summary>
    /// Moves a lead whose cadence is spent; null when it is still being worked. Only touches since the lead
    /// last came back (from nurture or a reopening) or last raised its hand count: a reactivated lead starts a
    /// fresh cadence, and so does a hand-raise, which SDR teams treat as a new conversation rather than as the
    /// end of an old sequence. Until the hand-raise is answered no touch counts, so it is never recycled unanswered.
    /// Fit is the stored fit score against the MQL rule's fit threshold, the definition's line for "fits the ICP".
    /// </summary>
    public static StageChange? RecycleIfSpent(Lead lead, QualificationDefinition definition, IEnumerable<(DateTime At, bool IsResponse)> touches, DateTime now)
    {
        if (!CadenceStages.Contains(lead.Stage) || lead.DoNotContact)
            return null;
        var since = CadenceStart(lead);
        var status = CadenceEvaluator.Evaluate(definition.Cadence, touches.Where(t => t.At >= since).ToList(), now);
        var decision = CadenceEvaluator.Recycle(definition.Cadence, status, definition.Mql.FitsIcp(lead.FitScore), now);
        return decision.Outcome switch
        {
            RecycleOutcome.Nurture => lead.MoveTo(new StageMove(LifecycleStage.Nurture, Actor, decision.Reason, definition.Version, now, decision.ReactivationOn)),
            RecycleOutcome.Disqualify => lead.MoveTo(new StageMove(LifecycleStage.Disqualified, Actor, decision.Reason, definition.Version, now)),
            _ => null,
        };
    }

    /// <summary>A nurtured lead returns to the queue on its reactivation date; null when the date has not come.</summary>
    public static StageChange? ReactivateIfDue(Lead lead, int definitionVersion, DateTime now)
    {
        if (lead.Stage != LifecycleStage.Nurture || lead.ReactivationOn is not { } on || on > DateOnly.FromDateTime(now))
            return null;
        return lead.MoveTo(new StageMove(LifecycleStage.Lead, Actor, $"Reactivation date {on:d MMM yyyy} reached: back in the queue", definitionVersion, now));
    }

    /// <summary>
    /// When the lead's current cadence began: its creation or its last return from nurture or disqualification,
    /// or its latest hand-raise when that is later (a hand-raise starts a fresh cadence).
    /// </summary>
    public static DateTime CadenceStart(Lead lead)
    {
        var cameBack = lead.StageHistory.Where(c => c.From is LifecycleStage.Nurture or LifecycleStage.Disqualified)
            .Select(c => (DateTime?)c.At).Max() ?? lead.CreatedAt;
        return lead.LastHighIntentAt is { } raised && raised > cameBack ? raised : cameBack;
    }
}

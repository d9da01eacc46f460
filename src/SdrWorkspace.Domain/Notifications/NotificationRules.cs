using System.Linq.Expressions;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Sla;

namespace SdrWorkspace.Domain.Notifications;

/// <summary>The stored facts of a lead the notification rules read (all on the lead row, so a scan needs no event query).</summary>
public sealed record LeadNoticeFacts(
    int LeadId,
    string Name,
    string? OwnerId,
    LifecycleStage Stage,
    DateTime StageChangedAt,
    int Score,
    DateTime? LastHighIntentAt,
    EngagementSignal? LastHighIntentSignal,
    DateTime? LastTouchAt,
    DateTime? AssignedAt,
    bool DoNotContact);

/// <summary>
/// Which events notify whom. Lead states (hot, MQL, SLA about to breach) are read from the lead as it is now,
/// so every path that changes a lead (scoring, ingestion, reply coding, round robin, a manager's reassignment)
/// notifies the same way; each event names its occurrence, so noticing it again notifies nobody twice.
/// Thresholds are the definition's own: its hand-raise signals, its Hot band and its SLAs.
/// </summary>
public static class NotificationRules
{
    /// <summary>How far back a lead state still counts as news (the queue's own speed-to-lead horizon).</summary>
    public static readonly TimeSpan Horizon = QueueRanking.SpeedToLeadHorizon;

    /// <summary>
    /// The leads <see cref="ForLead"/> may have news of, as a query over stored facts, so a scan reads only those
    /// (a few at any time) from a table of any size; <see cref="ForLead"/> then decides.
    /// </summary>
    public static Expression<Func<Lead, bool>> MayConcern(QualificationDefinition definition, DateTime now)
    {
        var since = now - Horizon;
        var hot = definition.Priority.Hot;
        return l => l.OwnerId != null && !l.DoNotContact && LifecycleRules.WorkableStages.Contains(l.Stage)
            && ((l.LastHighIntentAt >= since && (l.LastTouchAt == null || l.LastTouchAt < l.LastHighIntentAt))
                || (l.AssignedAt >= since && l.Score >= hot)
                || (l.Stage == LifecycleStage.MQL && l.StageChangedAt >= since));
    }

    /// <summary>What the owner of this lead should hear about it now.</summary>
    public static IEnumerable<NotificationIntent> ForLead(LeadNoticeFacts lead, QualificationDefinition definition, DateTime now)
    {
        if (lead.OwnerId is not { } owner || lead.DoNotContact || !LifecycleRules.WorkableStages.Contains(lead.Stage))
            yield break;
        var name = lead.Name;

        if (AwaitsFirstResponse(lead) is { } raised && now - raised <= Horizon)
        {
            var what = lead.LastHighIntentSignal?.Label() ?? "Hand-raise";
            yield return new(owner, NotificationKind.HotLead, $"{name}: {what}, not answered yet", $"hand-raise:{lead.LeadId}:{raised.Ticks}", lead.LeadId);
            if (SlaClock.Status(definition.Sla, SlaKind.HighIntentResponse, raised, now).State == SlaState.DueSoon)
                yield return new(owner, NotificationKind.SlaDueSoon, $"{name}: the speed-to-lead SLA is about to breach",
                    $"sla-response:{lead.LeadId}:{raised.Ticks}", lead.LeadId);
        }
        else if (lead.AssignedAt is { } assigned && now - assigned <= Horizon && definition.Priority.BandOf(lead.Score) == PriorityBand.Hot)
        {
            yield return new(owner, NotificationKind.HotLead, $"{name}: a hot lead (score {lead.Score}) is now yours", $"assigned:{lead.LeadId}:{assigned.Ticks}", lead.LeadId);
        }

        if (lead.Stage == LifecycleStage.MQL && now - lead.StageChangedAt <= Horizon)
        {
            yield return new(owner, NotificationKind.MqlAssigned, $"{name} is an MQL waiting for your answer", $"mql:{lead.LeadId}:{lead.StageChangedAt.Ticks}", lead.LeadId);
            if (SlaClock.Status(definition.Sla, SlaKind.MqlAcceptance, lead.StageChangedAt, now).State == SlaState.DueSoon)
                yield return new(owner, NotificationKind.SlaDueSoon, $"{name}: the MQL acceptance SLA is about to breach",
                    $"sla-mql:{lead.LeadId}:{lead.StageChangedAt.Ticks}", lead.LeadId);
        }
    }

    /// <summary>The SDR who owns the lead, and the one who handed it over, hear that the AE sent it back, and why.</summary>
    public static IEnumerable<NotificationIntent> SqlReturned(
        int leadId, string leadName, IEnumerable<string?> sdrs, long handoverId, string aeName, string aeId, string reason) =>
        sdrs.OfType<string>().Distinct().Select(sdr => new NotificationIntent(sdr, NotificationKind.SqlReturned,
            $"{aeName} returned {leadName}: {reason}", $"returned:{handoverId}", leadId, ActorId: aeId));

    /// <summary>
    /// Everyone in a rejection's thread but the author: the SDR who rejected the MQL, and whoever commented before
    /// (marketing hears the SDR's answer).
    /// </summary>
    public static IEnumerable<NotificationIntent> RejectionComment(
        int leadId, string leadName, long commentId, string authorId, string authorName, string text, IEnumerable<string> thread) =>
        thread.Distinct().Select(user => new NotificationIntent(user, NotificationKind.RejectionComment,
            $"{authorName} commented on the rejected MQL {leadName}: {text}", $"comment:{commentId}", leadId, ActorId: authorId));

    /// <summary>Every manager hears of a proposal to review, once per proposal of a draft.</summary>
    public static IEnumerable<NotificationIntent> ProposalToReview(int draftId, int revision, string title, string proposerId, string proposerName, IEnumerable<string> managers) =>
        managers.Distinct().Select(manager => new NotificationIntent(manager, NotificationKind.ProposalToReview,
            $"{proposerName} proposes a definition change: {title}", $"proposal:{draftId}:{revision}", DraftId: draftId, ActorId: proposerId));

    /// <summary>What is actually delivered: never to the person who caused it, never a kind its user muted, each event once.</summary>
    public static IReadOnlyList<NotificationIntent> Deliverable(IEnumerable<NotificationIntent> intents, Func<string, NotificationKind, bool> muted) =>
        intents.Where(i => i.UserId != i.ActorId && !muted(i.UserId, i.Kind))
            .DistinctBy(i => (i.UserId, i.Kind, i.Occurrence)).ToList();

    private static DateTime? AwaitsFirstResponse(LeadNoticeFacts lead) =>
        lead.LastHighIntentAt is { } raised && (lead.LastTouchAt is null || lead.LastTouchAt < raised) ? raised : null;
}

using System.Linq.Expressions;
using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Sla;

namespace SdrWorkspace.Domain.Queue;

/// <summary>Why a lead is where it is in the queue, most urgent tier first.</summary>
public enum QueueTier
{
    /// <summary>An SQL the AE sent back, not yet taken up again: the SDR's own qualified lead, with the AE's reason.</summary>
    ReturnedByAe,
    /// <summary>A hand-raise nobody has answered: the speed-to-lead SLA is running or just broke.</summary>
    SpeedToLead,
    /// <summary>
    /// A planned follow-up, or a nurture reactivation, that is due. A never-touched lead's automatic first touch is due from
    /// the start, but those are many and ranked by score, so such a lead stays in <see cref="ByScore"/>.
    /// </summary>
    FollowUpDue,
    /// <summary>Everything else workable, by score and then recency of high intent.</summary>
    ByScore,
}

/// <summary>The lead facts the queue is ordered on (all stored on the lead, so the queue needs no event scan).</summary>
public sealed record QueueCandidate(
    int LeadId,
    LifecycleStage Stage,
    bool DoNotContact,
    DateOnly? ReactivationOn,
    int Score,
    DateTime? LastHighIntentAt,
    EngagementSignal? LastHighIntentSignal,
    DateTime? LastTouchAt,
    DateTime? NextActionAt,
    string? NextActionNote,
    DateOnly? CadencePausedUntil = null,
    DateTime? ReturnedAt = null,
    string? ReturnReason = null);

public sealed record QueuePosition(QueueTier Tier, DateTime? SlaDueAt, string Reason);

/// <summary>The moment a queue is ordered at, with the boundaries its rules compare stored times with.</summary>
public sealed record QueueClock(DateTime Now)
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(Now);

    /// <summary>Hand-raises since then are still a speed-to-lead race.</summary>
    public DateTime SpeedToLeadSince { get; } = Now - QueueRanking.SpeedToLeadHorizon;
}

/// <summary>
/// The SDR queue's order: what deserves the next minute. SQLs an AE returned first (qualified leads the
/// SDR must take up again), then unanswered hand-raises, those whose SLA
/// is about to break before those already broken; then due follow-ups, oldest first; then score, then
/// recency of high intent. Closed, handed-over, do-not-contact, paused (out of office) and still-sleeping
/// nurture leads are not workable.
/// </summary>
public static class QueueRanking
{
    /// <summary>After a day an unanswered hand-raise is no longer a speed-to-lead race (the speed-to-lead research: "practically lost").</summary>
    public static readonly TimeSpan SpeedToLeadHorizon = TimeSpan.FromHours(24);

    /// <summary>
    /// Which leads are workable, as an expression over stored facts, so the database can filter a 100,000-lead
    /// table by the very rule the queue is ordered by. SQLs are with an AE; opportunities and disqualified
    /// leads are closed; do-not-contact leads never come back; outreach waits while paused (out of office,
    /// "not now" with a date) unless the lead raised a hand since; nurture waits for its reactivation date.
    /// </summary>
    public static readonly Expression<Func<QueueCandidate, QueueClock, bool>> Workable = (lead, clock) =>
        !lead.DoNotContact
        && !(lead.CadencePausedUntil != null && lead.CadencePausedUntil > clock.Today
             && !(lead.LastHighIntentAt != null && (lead.LastTouchAt == null || lead.LastTouchAt < lead.LastHighIntentAt)))
        && (lead.Stage == LifecycleStage.Lead || lead.Stage == LifecycleStage.MQL || lead.Stage == LifecycleStage.SAL
            || (lead.Stage == LifecycleStage.Nurture && lead.ReactivationOn != null && lead.ReactivationOn <= clock.Today));

    /// <summary>
    /// Workable leads that go before the score-ordered rest (<see cref="QueueTier.SpeedToLead"/> and
    /// <see cref="QueueTier.FollowUpDue"/>): few at any time, so they are ranked in memory while the rest
    /// pages through an index by score. Agrees with <see cref="Position"/> (a test holds them together).
    /// </summary>
    public static readonly Expression<Func<QueueCandidate, QueueClock, bool>> AheadOfScore = (lead, clock) =>
        (lead.ReturnedAt != null && (lead.LastTouchAt == null || lead.LastTouchAt < lead.ReturnedAt))
        || (lead.LastHighIntentAt != null && (lead.LastTouchAt == null || lead.LastTouchAt < lead.LastHighIntentAt)
            && lead.LastHighIntentAt >= clock.SpeedToLeadSince)
        || (lead.NextActionAt != null && lead.NextActionAt <= clock.Now
            && (lead.LastTouchAt != null || lead.NextActionNote != FollowUpSchedule.FirstTouchNote))
        || lead.Stage == LifecycleStage.Nurture;

    private static readonly Func<QueueCandidate, QueueClock, bool> IsWorkableAt = Workable.Compile();

    public static bool IsWorkable(QueueCandidate lead, DateTime now) => IsWorkableAt(lead, new QueueClock(now));

    public static QueuePosition Position(SlaPolicy sla, QueueCandidate lead, DateTime now, IReadOnlyList<string>? highlights = null)
    {
        if (AwaitsReworkAfterReturn(lead))
            return new(QueueTier.ReturnedByAe, null, $"Returned by the AE: {lead.ReturnReason}");
        if (AwaitsFirstResponse(lead) && lead.LastHighIntentAt is { } raised && now - raised <= SpeedToLeadHorizon)
        {
            var what = lead.LastHighIntentSignal?.Label() ?? "Hand-raise";
            return new(QueueTier.SpeedToLead, SlaClock.DueAt(sla, SlaKind.HighIntentResponse, raised), $"{what}, not answered yet");
        }
        if (lead.NextActionAt is { } due && due <= now && !AwaitsFirstTouchOnly(lead))
            return new(QueueTier.FollowUpDue, null, lead.NextActionNote is { } note ? $"Follow-up due: {note}" : "Follow-up due");
        if (lead.Stage == LifecycleStage.Nurture)
            return new(QueueTier.FollowUpDue, null, $"Back from nurture: reactivation date {lead.ReactivationOn:d MMM}");

        var why = highlights is { Count: > 0 } ? $": {string.Join(", ", highlights)}" : "";
        return new(QueueTier.ByScore, null, $"Score {lead.Score}{why}");
    }

    /// <summary>Orders workable leads; each comes with its position so a row can say why it is there.</summary>
    public static IReadOnlyList<(T Item, QueuePosition Position)> Order<T>(
        IEnumerable<T> items, Func<T, QueueCandidate> candidate, SlaPolicy sla, DateTime now)
    {
        return items
            .Select(item => (item, lead: candidate(item)))
            .Where(x => IsWorkable(x.lead, now))
            .Select(x => (x.item, x.lead, position: Position(sla, x.lead, now)))
            .OrderBy(x => x.position.Tier)
            .ThenBy(x => WithinTier(x.position, x.lead, now))
            .ThenByDescending(x => x.lead.Score)
            .ThenByDescending(x => x.lead.LastHighIntentAt ?? DateTime.MinValue)
            .ThenBy(x => x.lead.LeadId)
            .Select(x => (x.item, x.position))
            .ToList();
    }

    /// <summary>
    /// Inside a tier: returns waiting longest first; SLAs that can still be met, soonest first, then those already broken, most recent
    /// first; due follow-ups oldest first. Score decides the rest.
    /// </summary>
    private static (int Group, long Key) WithinTier(QueuePosition position, QueueCandidate lead, DateTime now) => position.Tier switch
    {
        QueueTier.ReturnedByAe => (0, lead.ReturnedAt!.Value.Ticks),
        QueueTier.SpeedToLead when position.SlaDueAt > now => (0, position.SlaDueAt.Value.Ticks),
        QueueTier.SpeedToLead => (1, -position.SlaDueAt!.Value.Ticks),
        // A reactivated nurture lead with a step planned for later is due since its reactivation date.
        QueueTier.FollowUpDue => (0, (lead.NextActionAt is { } due && due <= now
            ? due : lead.ReactivationOn!.Value.ToDateTime(TimeOnly.MinValue)).Ticks),
        _ => (0, 0),
    };

    /// <summary>The only step is the automatic first touch of a lead nobody has worked yet (see <see cref="QueueTier.FollowUpDue"/>).</summary>
    private static bool AwaitsFirstTouchOnly(QueueCandidate lead) =>
        lead.LastTouchAt is null && lead.NextActionNote == FollowUpSchedule.FirstTouchNote;

    /// <summary>The AE sent the lead back and the SDR has not touched it since.</summary>
    private static bool AwaitsReworkAfterReturn(QueueCandidate lead) =>
        lead.ReturnedAt is { } returned && (lead.LastTouchAt is null || lead.LastTouchAt < returned);

    private static bool AwaitsFirstResponse(QueueCandidate lead) =>
        lead.LastHighIntentAt is { } raised && (lead.LastTouchAt is null || lead.LastTouchAt < raised);
}

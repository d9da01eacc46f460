using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Web.Features.Mqls;

/// <summary>
/// One MQL of a period and what came of it. <see cref="Reason"/> is what a rejection is counted under (the reason the SDR
/// chose, or the text of the move) or why the cadence recycled it; <see cref="Note"/> is the SDR's own words, if any.
/// <see cref="RejectionId"/> is the move that sent it back to marketing, which carries the comment thread.
/// </summary>
public sealed record MqlRecord(
    int LeadId, DateTime MqlAt, MqlAnswer Answer, DateTime? AnsweredAt, string? AnsweredBy, long? RejectionId, string? Reason, string? Note);

/// <summary>
/// The MQLs of a period: every move into MQL inside it (a lead that becomes an MQL twice is two MQLs), answered by the
/// lead's next move out of MQL, whenever that came (<see cref="MqlAnswers"/>). The MQL review, the dashboards and the API's
/// funnel all count from here, so they agree.
/// </summary>
public sealed class MqlOutcomeQueries(IDbContextFactory<SdrDbContext> contexts)
{
    /// <param name="segment">Narrows the leads (the dashboards' filter); all leads when null.</param>
    public async Task<IReadOnlyList<MqlRecord>> InPeriodAsync(
        DateTime from, DateTime to, Func<IQueryable<Lead>, IQueryable<Lead>>? segment = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var leads = db.Leads.AsNoTracking();
        if (segment is not null)
            leads = segment(leads);
        var entries = await db.StageChanges.AsNoTracking()
            .Where(c => c.To == LifecycleStage.MQL && c.At >= from && c.At < to)
            .Join(leads, c => c.LeadId, l => l.Id, (c, _) => new { c.LeadId, c.At })
            .ToListAsync(ct);
        var ids = entries.Select(e => e.LeadId).Distinct().ToList();
        var exits = (await db.StageChanges.AsNoTracking().Where(c => ids.Contains(c.LeadId) && c.From == LifecycleStage.MQL).ToListAsync(ct))
            .ToLookup(c => c.LeadId);
        var reviews = (await db.MqlReviews.AsNoTracking().Where(r => ids.Contains(r.LeadId) && r.Reason != null)
                .Select(r => new { r.LeadId, r.DecidedAt, Reason = r.Reason!.Value, r.ReasonText }).ToListAsync(ct))
            .DistinctBy(r => (r.LeadId, r.DecidedAt)).ToDictionary(r => (r.LeadId, r.DecidedAt));

        return entries.Select(e =>
        {
            var next = exits[e.LeadId].Where(c => c.At >= e.At).OrderBy(c => c.At).ThenBy(c => c.Id).FirstOrDefault();
            var answer = MqlAnswers.Of(next);
            var review = next is null ? null : reviews.GetValueOrDefault((e.LeadId, next.At));
            var reason = answer switch
            {
                MqlAnswer.Rejected => review is null ? next!.Reason : MqlRejectionReasons.Label(review.Reason),
                MqlAnswer.RecycledByCadence => next!.Reason,
                _ => null,
            };
            return new MqlRecord(e.LeadId, e.At, answer, next?.At, next?.Actor,
                next is not null && RejectionComment.IsMqlRejection(next) ? next.Id : null, reason, review?.ReasonText);
        }).ToList();
    }
}

/// <summary>The rejections of a set of MQLs by reason, most frequent first.</summary>
public static class MqlRejections
{
    public static IReadOnlyList<(string Reason, IReadOnlyList<MqlRecord> Mqls)> ByReason(IEnumerable<MqlRecord> mqls) =>
        mqls.Where(m => m.Answer == MqlAnswer.Rejected)
            .GroupBy(m => m.Reason!)
            .Select(g => (g.Key, (IReadOnlyList<MqlRecord>)g.ToList()))
            .OrderByDescending(g => g.Item2.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
}

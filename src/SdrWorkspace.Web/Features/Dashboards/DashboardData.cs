using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>
/// The rows a dashboard is computed from, read in a handful of queries: the cohort (leads of the segment
/// created in the period), the stage moves and touches of the cohort and of the segment in the period,
/// the segment's engagement in the period, MQL reviews and people's names.
/// </summary>
internal sealed record DashboardData(
    IReadOnlyList<CohortLead> Cohort,
    IReadOnlyList<MoveRow> Moves,
    IReadOnlyList<TouchRow> Touches,
    IReadOnlyList<EventRow> Events,
    IReadOnlyDictionary<(int LeadId, DateTime DecidedAt), MqlRejectionReason> RejectionReasons,
    IReadOnlyList<Person> People)
{
    /// <summary>The reads are independent, so each runs on its own connection at the same time.</summary>
    public static async Task<DashboardData> LoadAsync(IDbContextFactory<SdrDbContext> contexts, DashboardFilter filter, CancellationToken ct)
    {
        var (start, end) = (filter.From, filter.To);
        IQueryable<Lead> Segment(SdrDbContext db) => filter.Apply(db.Leads.AsNoTracking());

        var cohort = ReadAsync(contexts, db => Segment(db).Where(l => l.CreatedAt >= start && l.CreatedAt < end)
            .Select(l => new CohortLead(l.Id, l.Score, l.Source, l.Campaign, l.CreatedAt)), ct);
        // Joined to the segment rather than tested with IN against it: most of both tables is read either way.
        var moves = ReadAsync(contexts, db =>
            from c in db.StageChanges.AsNoTracking()
            join l in Segment(db) on c.LeadId equals l.Id
            where (l.CreatedAt >= start && l.CreatedAt < end) || (c.At >= start && c.At < end)
            orderby c.LeadId, c.At, c.Id
            select new MoveRow(c.LeadId, c.From, c.To, c.Actor, c.Reason, c.At), ct);
        // Touches after the period count too: a hand-raise at its end may be answered after it.
        var touches = ReadAsync(contexts, db =>
            from t in db.Touches.AsNoTracking()
            join l in Segment(db) on t.LeadId equals l.Id
            where (l.CreatedAt >= start && l.CreatedAt < end) || t.At >= start
            select new TouchRow(t.LeadId, t.At, t.Outcome, t.ByUserId), ct);
        var events = ReadAsync(contexts, db =>
            from e in db.EngagementEvents.AsNoTracking()
            join l in Segment(db) on e.LeadId equals l.Id
            where e.OccurredAt >= start && e.OccurredAt < end
                && (e.Type == EngagementType.DemoRequest || e.Type == EngagementType.MeetingBooked || e.Type == EngagementType.EmailReply)
            select new EventRow(e.LeadId, l.OwnerId, e.Type, e.OccurredAt, e.Url, e.Disposition), ct);
        var reasons = ReadAsync(contexts, db =>
            from r in db.MqlReviews.AsNoTracking()
            join l in Segment(db) on r.LeadId equals l.Id
            where l.CreatedAt >= start && l.CreatedAt < end && r.Reason != null
            select new { r.LeadId, r.DecidedAt, Reason = r.Reason!.Value }, ct);
        var people = ReadAsync(contexts, db => db.Users.AsNoTracking()
            .Select(u => new Person(u.Id, u.UserName ?? u.Email ?? u.Id, u.DisplayName)), ct);
        await Task.WhenAll(cohort, moves, touches, events, reasons, people);
        return new DashboardData(cohort.Result, moves.Result, touches.Result, events.Result,
            reasons.Result.DistinctBy(r => (r.LeadId, r.DecidedAt)).ToDictionary(r => (r.LeadId, r.DecidedAt), r => r.Reason), people.Result);
    }

    /// <summary>SQLite reads synchronously underneath its async API, so each read gets a thread of its own.</summary>
    private static Task<List<T>> ReadAsync<T>(IDbContextFactory<SdrDbContext> contexts, Func<SdrDbContext, IQueryable<T>> query, CancellationToken ct) =>
        Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await query(db).ToListAsync(ct);
        }, ct);
}

internal sealed record CohortLead(int Id, int Score, string Source, string? Campaign, DateTime CreatedAt);

internal sealed record MoveRow(int LeadId, LifecycleStage? From, LifecycleStage To, string Actor, string Reason, DateTime At);

internal sealed record TouchRow(int LeadId, DateTime At, TouchOutcome Outcome, string ByUserId);

internal sealed record EventRow(int LeadId, string? OwnerId, EngagementType Type, DateTime At, string? Url, DispositionCode? Disposition);

/// <summary>A user as stage histories name them (their sign-in name) and as the dashboards show them.</summary>
internal sealed record Person(string Id, string Actor, string DisplayName);

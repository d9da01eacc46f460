using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>
/// The rows a dashboard is computed from, read in a handful of queries: the cohort (leads of the segment
/// created in the period), the stage moves and touches of the cohort and of the segment in the period,
/// the segment's events in the period that may be hand-raises (<see cref="Domain.Definition.QualificationDefinition.HandRaiseTypes"/>) or are replies (the coded-reply mix), and people's names.
/// </summary>
internal sealed record DashboardData(
    IReadOnlyList<CohortLead> Cohort,
    IReadOnlyList<MoveRow> Moves,
    IReadOnlyList<TouchRow> Touches,
    IReadOnlyList<EventRow> Events,
    IReadOnlyList<Person> People)
{
    /// <summary>The reads are independent, so each runs on its own connection at the same time.</summary>
    public static async Task<DashboardData> LoadAsync(IDbContextFactory<SdrDbContext> contexts, DashboardFilter filter, IReadOnlyList<EngagementType> handRaiseTypes, CancellationToken ct)
    {
        var (start, end) = (filter.From, filter.To);
        IQueryable<Lead> Segment(SdrDbContext db) => filter.Apply(db.Leads.AsNoTracking());

        var cohort = ReadAsync(contexts, db => Segment(db).Where(l => l.CreatedAt >= start && l.CreatedAt < end)
            .Select(l => new { l.Id, l.Score, l.Source, l.Campaign, l.CreatedAt, l.Stage }),
            ["Id", "Score", "Source", "Campaign", "CreatedAt", "Stage"],
            r => new CohortLead(r.GetInt32(0), r.GetInt32(1), RawRows.Text(r, 2)!, RawRows.Text(r, 3), RawRows.Time(r, 4)!.Value, RawRows.Enum<LifecycleStage>(r, 5)), ct);
        // Joined to the segment rather than tested with IN against it: most of both tables is read either way.
        var moves = ReadAsync(contexts, db =>
            from c in db.StageChanges
            join l in Segment(db) on c.LeadId equals l.Id
            where (l.CreatedAt >= start && l.CreatedAt < end) || (c.At >= start && c.At < end)
            orderby c.LeadId, c.At, c.Id
            select new { c.LeadId, c.From, c.To, c.Actor, c.Reason, c.At },
            ["LeadId", "From", "To", "Actor", "Reason", "At"],
            r => new MoveRow(r.GetInt32(0), RawRows.NullableEnum<LifecycleStage>(r, 1), RawRows.Enum<LifecycleStage>(r, 2), RawRows.Text(r, 3)!, RawRows.Text(r, 4)!, RawRows.Time(r, 5)!.Value), ct);
        // Touches after the period count too: a hand-raise at its end may be answered after it.
        var touches = ReadAsync(contexts, db =>
            from t in db.Touches
            join l in Segment(db) on t.LeadId equals l.Id
            where (l.CreatedAt >= start && l.CreatedAt < end) || t.At >= start
            select new { t.LeadId, t.At, t.Outcome, t.ByUserId },
            ["LeadId", "At", "Outcome", "ByUserId"],
            r => new TouchRow(r.GetInt32(0), RawRows.Time(r, 1)!.Value, RawRows.Enum<TouchOutcome>(r, 2), RawRows.Text(r, 3)!), ct);
        var events = ReadAsync(contexts, db =>
            from e in db.EngagementEvents
            join l in Segment(db) on e.LeadId equals l.Id
            where e.OccurredAt >= start && e.OccurredAt < end
                && (handRaiseTypes.Contains(e.Type) || e.Type == EngagementType.EmailReply)
            select new { e.LeadId, l.OwnerId, e.Type, e.OccurredAt, e.Url, e.Disposition },
            ["LeadId", "OwnerId", "Type", "OccurredAt", "Url", "Disposition"],
            r => new EventRow(r.GetInt32(0), RawRows.Text(r, 1), RawRows.Enum<EngagementType>(r, 2), RawRows.Time(r, 3)!.Value, RawRows.Text(r, 4),
                RawRows.NullableEnum<DispositionCode>(r, 5)), ct);
        var people = ReadAsync(contexts, db => db.Users.AsNoTracking()
            .Select(u => new Person(u.Id, u.UserName ?? u.Email ?? u.Id, u.DisplayName)), ct);
        await Task.WhenAll(cohort, moves, touches, events, people);
        return new DashboardData(cohort.Result, moves.Result, touches.Result, events.Result, people.Result);
    }

    /// <summary>
    /// The big reads (a quarter is hundreds of thousands of rows): EF writes the SQL, filters and all; the rows
    /// are read with a data reader (<see cref="RawRows"/>), which is most of the time saved. SQLite reads
    /// synchronously underneath its async API, so each read gets a thread of its own.
    /// </summary>
    private static Task<List<T>> ReadAsync<T>(IDbContextFactory<SdrDbContext> contexts, Func<SdrDbContext, IQueryable> query, string[] columns,
        Func<DbDataReader, T> read, CancellationToken ct) =>
        Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var command = await RawRows.CommandAsync(db, query(db), ct);
            await using var r = await command.ExecuteReaderAsync(ct);
            RawRows.ExpectColumns(r, columns);
            var rows = new List<T>();
            while (await r.ReadAsync(ct))
                rows.Add(read(r));
            return rows;
        }, ct);

    /// <summary>The small reads, through EF as usual, each on a thread of its own.</summary>
    private static Task<List<T>> ReadAsync<T>(IDbContextFactory<SdrDbContext> contexts, Func<SdrDbContext, IQueryable<T>> query, CancellationToken ct) =>
        Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await query(db).ToListAsync(ct);
        }, ct);
}

internal sealed record CohortLead(int Id, int Score, string Source, string? Campaign, DateTime CreatedAt, LifecycleStage Stage);

internal sealed record MoveRow(int LeadId, LifecycleStage? From, LifecycleStage To, string Actor, string Reason, DateTime At);

internal sealed record TouchRow(int LeadId, DateTime At, TouchOutcome Outcome, string ByUserId);

internal sealed record EventRow(int LeadId, string? OwnerId, EngagementType Type, DateTime At, string? Url, DispositionCode? Disposition);

/// <summary>A user as stage histories name them (their sign-in name) and as the dashboards show them.</summary>
internal sealed record Person(string Id, string Actor, string DisplayName);

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Queue;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Scoring;

namespace SdrWorkspace.Web.Features.Queue;

public enum QueueSort
{
    Priority,
    Score,
    Newest,
    RecentIntent,
}

public sealed record QueueFilter(
    LifecycleStage? Stage = null,
    string? Source = null,
    string? Industry = null,
    CompanySize? Size = null,
    PriorityBand? Band = null,
    QueueSort Sort = QueueSort.Priority,
    FollowUpState? Due = null);

/// <summary>An SDR's due follow-ups on the calendar of their own zone.</summary>
public sealed record FollowUpCounts(int Overdue, int DueToday)
{
    public static readonly FollowUpCounts None = new(0, 0);
}

public sealed record QueueRow(
    int LeadId, string Name, string? Title, string? Company, LifecycleStage Stage, string Source, int Score,
    QueueTier Tier, DateTime? SlaDueAt, string Reason, DateTime? LastHighIntentAt, DateTime? NextActionAt = null);

public sealed record QueueResult(IReadOnlyList<QueueRow> Rows, int Total, QueueCursor? Next);

/// <summary>
/// Where the next page starts: how many of the leads ranked ahead of score were shown, and the sort key of
/// the last row taken from the index (keyset paging: a page deep in the queue costs what the first does).
/// </summary>
public sealed record QueueCursor(int AheadShown, QueueKey? After);

public sealed record QueueKey(int LeadId, int Score, DateTime? Time);

/// <summary>
/// An SDR's queue: their workable leads in the order the domain's <see cref="QueueRanking"/> gives,
/// each with the reason it is where it is. The database filters by the domain's own rules
/// (<see cref="QueueRules"/>); the few leads ahead of score (returns, unanswered hand-raises, due follow-ups) are
/// ranked in memory, the rest page from the (owner, score, last high intent, id) index.
/// </summary>
public sealed class QueueService(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, TimeProvider clock)
{
    public const int PageSize = 25;

    /// <summary>The queue as a viewer in UTC sees it (the due filter's "today" is UTC's).</summary>
    public Task<QueueResult> LoadAsync(ClaimsPrincipal viewer, QueueFilter filter, QueueCursor? after, int take, CancellationToken ct = default) =>
        LoadAsync(viewer, filter, after, take, TimeZones.Fallback, ct);

    /// <param name="zone">The viewer's zone: where their "today" begins and ends for the due filter.</param>
    public async Task<QueueResult> LoadAsync(ClaimsPrincipal viewer, QueueFilter filter, QueueCursor? after, int take, TimeZoneInfo zone, CancellationToken ct = default)
    {
        var ownerId = viewer.FindFirstValue(ClaimTypes.NameIdentifier);
        var definition = await definitions.CurrentAsync(ct);
        var now = new QueueClock(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(ct);

        var leads = Filtered(Workable(db, ownerId, now), filter, definition, FollowUpDay.Of(now.Now, zone));
        var total = await leads.CountAsync(ct);
        after ??= new QueueCursor(0, null);

        List<(Candidate Item, QueuePosition Position)> page;
        if (filter.Sort == QueueSort.Priority)
        {
            var ahead = QueueRanking.Order(await Project(leads.Where(QueueRules.OnLeads(QueueRanking.AheadOfScore, now))).ToListAsync(ct),
                c => c.Lead, definition.Sla, now.Now);
            page = ahead.Skip(after.AheadShown).Take(take).ToList();
            var rest = page.Count == take ? []
                : await Project(ByScore(leads.Where(QueueRules.OnLeads(QueueRanking.AheadOfScore, now, negate: true)), after.After))
                    .Take(take - page.Count).ToListAsync(ct);
            page.AddRange(rest.Select(c => (c, QueueRanking.Position(definition.Sla, c.Lead, now.Now))));
            // A lead that changes tier between two pages may show twice or be skipped once: the queue is live.
            after = new QueueCursor(Math.Min(ahead.Count, after.AheadShown + take), rest.Count > 0 ? KeyOf(rest[^1], filter.Sort) : after.After);
        }
        else
        {
            var rows = await Project(Sorted(leads, filter.Sort, after.After)).Take(take).ToListAsync(ct);
            page = rows.Select(c => (c, QueueRanking.Position(definition.Sla, c.Lead, now.Now))).ToList();
            after = new QueueCursor(0, rows.Count > 0 ? KeyOf(rows[^1], filter.Sort) : after.After);
        }

        var highlights = await HighlightsAsync(db, page.Where(p => p.Position.Tier == QueueTier.ByScore).Select(p => p.Item), now.Now, ct);
        var result = page.Select(p =>
        {
            var position = highlights.TryGetValue(p.Item.Lead.LeadId, out var why)
                ? QueueRanking.Position(definition.Sla, p.Item.Lead, now.Now, why)
                : p.Position;
            return new QueueRow(p.Item.Lead.LeadId, p.Item.Name, p.Item.Title, p.Item.Company, p.Item.Lead.Stage, p.Item.Source,
                p.Item.Lead.Score, position.Tier, position.SlaDueAt, position.Reason, p.Item.Lead.LastHighIntentAt, p.Item.Lead.NextActionAt);
        }).ToList();
        return new QueueResult(result, total, page.Count == take ? after : null);
    }

    /// <summary>
    /// How many of the viewer's workable leads have a next step overdue (due before today began) and due today, "today"
    /// in the viewer's zone (<see cref="FollowUpDay"/>). One COUNT over the (owner, next action) index: the navigation
    /// asks it on every change to the SDR's leads.
    /// </summary>
    public async Task<FollowUpCounts> CountDueAsync(ClaimsPrincipal viewer, TimeZoneInfo zone, CancellationToken ct = default)
    {
        var ownerId = viewer.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = new QueueClock(clock.GetUtcNow().UtcDateTime);
        var day = FollowUpDay.Of(now.Now, zone);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Workable(db, ownerId, now).Where(l => l.NextActionAt < day.EndUtc)
            .GroupBy(l => 1)
            .Select(g => new FollowUpCounts(g.Count(l => l.NextActionAt < day.StartUtc), g.Count(l => l.NextActionAt >= day.StartUtc)))
            .FirstOrDefaultAsync(ct) ?? FollowUpCounts.None;
    }

    private static IQueryable<Lead> Workable(SdrDbContext db, string? ownerId, QueueClock now) =>
        db.Leads.AsNoTracking().Where(l => l.OwnerId == ownerId).Where(QueueRules.OnLeads(QueueRanking.Workable, now));

    private static IQueryable<Lead> Filtered(IQueryable<Lead> leads, QueueFilter filter, QualificationDefinition definition, FollowUpDay today)
    {
        // Just the next steps in one state of the viewer's calendar (FollowUpDay.StateOf, as bounds the index can use).
        leads = filter.Due switch
        {
            FollowUpState.Overdue => leads.Where(l => l.NextActionAt < today.StartUtc),
            FollowUpState.DueToday => leads.Where(l => l.NextActionAt >= today.StartUtc && l.NextActionAt < today.EndUtc),
            FollowUpState.Later => leads.Where(l => l.NextActionAt >= today.EndUtc),
            _ => leads,
        };
        if (filter.Stage is { } stage)
            leads = leads.Where(l => l.Stage == stage);
        if (!string.IsNullOrEmpty(filter.Source))
            leads = leads.Where(l => l.Source == filter.Source);
        if (!string.IsNullOrEmpty(filter.Industry))
            leads = leads.Where(l => l.Account!.Industry == filter.Industry);
        if (filter.Size is { } size)
        {
            var (min, max) = CompanySizes.RangeOf(size);
            leads = leads.Where(l => l.Account!.Employees >= min && l.Account.Employees <= max);
        }
        if (filter.Band is { } band)
        {
            var (min, max) = definition.Priority.RangeOf(band);
            leads = leads.Where(l => l.Score >= min && l.Score <= max);
        }
        return leads;
    }

    /// <summary>The score tier's order (score, then most recent high intent, then id), after a key.</summary>
    private static IOrderedQueryable<Lead> ByScore(IQueryable<Lead> leads, QueueKey? after)
    {
        if (after is { Time: { } time } key)
            leads = leads.Where(l => l.Score < key.Score || (l.Score == key.Score
                && (l.LastHighIntentAt < time || l.LastHighIntentAt == null || (l.LastHighIntentAt == time && l.Id > key.LeadId))));
        else if (after is { } noTime)
            leads = leads.Where(l => l.Score < noTime.Score || (l.Score == noTime.Score && l.LastHighIntentAt == null && l.Id > noTime.LeadId));
        return leads.OrderByDescending(l => l.Score).ThenByDescending(l => l.LastHighIntentAt).ThenBy(l => l.Id);
    }

    /// <summary>The other sorts a user can pick: one column, then id, after a key.</summary>
    private static IOrderedQueryable<Lead> Sorted(IQueryable<Lead> leads, QueueSort sort, QueueKey? after)
    {
        switch (sort)
        {
            case QueueSort.Score:
                if (after is { } s)
                    leads = leads.Where(l => l.Score < s.Score || (l.Score == s.Score && l.Id > s.LeadId));
                return leads.OrderByDescending(l => l.Score).ThenBy(l => l.Id);
            case QueueSort.Newest:
                if (after is { Time: { } created } n)
                    leads = leads.Where(l => l.CreatedAt < created || (l.CreatedAt == created && l.Id > n.LeadId));
                return leads.OrderByDescending(l => l.CreatedAt).ThenBy(l => l.Id);
            default:
                if (after is { Time: { } intent } r)
                    leads = leads.Where(l => l.LastHighIntentAt < intent || l.LastHighIntentAt == null || (l.LastHighIntentAt == intent && l.Id > r.LeadId));
                else if (after is { } none)
                    leads = leads.Where(l => l.LastHighIntentAt == null && l.Id > none.LeadId);
                return leads.OrderByDescending(l => l.LastHighIntentAt).ThenBy(l => l.Id);
        }
    }

    private static QueueKey KeyOf(Candidate row, QueueSort sort) =>
        new(row.Lead.LeadId, row.Lead.Score, sort == QueueSort.Newest ? row.CreatedAt : row.Lead.LastHighIntentAt);

    private static IQueryable<Candidate> Project(IQueryable<Lead> leads) =>
        leads.Select(l => new Candidate(
            new QueueCandidate(l.Id, l.Stage, l.DoNotContact, l.ReactivationOn, l.Score, l.LastHighIntentAt,
                l.LastHighIntentSignal, l.LastTouchAt, l.NextActionAt, l.NextActionNote, l.CadencePausedUntil, l.ReturnedAt, l.ReturnReason),
            l.FirstName + " " + l.LastName, l.Title, l.Account!.Name, l.Source, l.CreatedAt));

    /// <summary>The short why of each score on the page ("VP, 500 employees, pricing page visit x2"), from the engine.</summary>
    private async Task<Dictionary<int, IReadOnlyList<string>>> HighlightsAsync(
        SdrDbContext db, IEnumerable<Candidate> rows, DateTime now, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Lead.LeadId).ToList();
        if (ids.Count == 0)
            return [];
        var definition = await definitions.CurrentAsync(ct);
        var leads = await db.Leads.AsNoTracking().Include(l => l.Account).Where(l => ids.Contains(l.Id)).ToListAsync(ct);
        var facts = await LeadScoring.FactsAsync(db, ids, ct);
        return leads.ToDictionary(
            l => l.Id,
            l => LeadScorer.Score(definition, l.FitProfile, facts[l.Id], now).Highlights ?? (IReadOnlyList<string>)[]);
    }

    private sealed record Candidate(QueueCandidate Lead, string Name, string? Title, string? Company, string Source, DateTime CreatedAt);
}

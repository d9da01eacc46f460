using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Search;
using SdrWorkspace.Web.Features.Search;
using SdrWorkspace.Web.Features.Scoring;

namespace SdrWorkspace.Web.Features.Leads;

/// <summary>Read side of leads: the paged list and the lead page, always scoped by <see cref="LeadAccess"/>.</summary>
public sealed class LeadQueries(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, LeadScoring scoring, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// One page of leads by score (highest first, then id), with keyset paging: the cost of a page does
    /// not grow with how deep it is, so it stays fast at 100k leads.
    /// </summary>
    public async Task<LeadListPage> ListAsync(ClaimsPrincipal viewer, LeadListFilter filter, LeadCursor? after, int pageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var leads = filter.Apply(db.Leads.AsNoTracking().Where(LeadAccess.VisibleTo(viewer)), db);

        var total = await leads.CountAsync(ct);
        if (after is { } cursor)
            leads = leads.Where(l => l.Score < cursor.Score || (l.Score == cursor.Score && l.Id > cursor.Id));

        var rows = await leads
            .OrderByDescending(l => l.Score).ThenBy(l => l.Id)
            .Take(pageSize + 1)
            .Select(l => new LeadRow(
                l.Id, l.FirstName + " " + l.LastName, l.Email, l.Title, l.Account!.Name, l.Stage, l.Source,
                l.Score, l.FitScore, l.EngagementScore, l.LastHighIntentAt,
                db.Users.Where(u => u.Id == l.OwnerId).Select(u => u.DisplayName).FirstOrDefault(), l.Revision))
            .ToListAsync(ct);

        var next = rows.Count > pageSize ? new LeadCursor(rows[pageSize - 1].Score, rows[pageSize - 1].Id) : null;
        return new LeadListPage(rows.Take(pageSize).ToList(), total, next);
    }

    public async Task<IReadOnlyList<string>> SourcesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Leads.AsNoTracking().Select(l => l.Source).Distinct().OrderBy(s => s).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> IndustriesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Accounts.AsNoTracking().Where(a => a.Industry != null).Select(a => a.Industry!).Distinct().OrderBy(i => i).ToListAsync(ct);
    }

    /// <summary>The lead page, or null when the lead does not exist or the viewer may not see it (indistinguishable on purpose).</summary>
    public Task<LeadDetail?> GetAsync(ClaimsPrincipal viewer, int id, CancellationToken ct = default) =>
        GetAsync(viewer, id, refreshStaleScore: true, ct);

    private async Task<LeadDetail?> GetAsync(ClaimsPrincipal viewer, int id, bool refreshStaleScore, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.AsNoTracking()
            .Where(LeadAccess.VisibleTo(viewer))
            .Include(l => l.Account)
            .Include(l => l.StageHistory)
            .Include(l => l.Shares)
            .AsSplitQuery()
            .FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null)
            return null;

        var events = await db.EngagementEvents.AsNoTracking()
            .Where(e => e.LeadId == id)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .ToListAsync(ct);
        var ownerName = lead.OwnerId is null ? null
            : await db.Users.Where(u => u.Id == lead.OwnerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var touches = await db.Touches.AsNoTracking().Where(t => t.LeadId == id)
            .OrderByDescending(t => t.At).ThenByDescending(t => t.Id)
            .Select(t => new TouchRow(t.At, t.Channel, t.Outcome, db.Users.Where(u => u.Id == t.ByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "", t.Note))
            .ToListAsync(ct);

        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var card = LeadScorer.Score(definition, lead.FitProfile, events.Select(e => e.ToFact()), now);
        var cadence = CadenceEvaluator.Evaluate(definition.Cadence, touches.Select(t => (t.At, Touch.IsResponseOutcome(t.Outcome))).ToList(), now);
        if (refreshStaleScore && !lead.HasScore(card))
        {
            // The page explains the score as of now; store it so the lists agree with what is shown here.
            await scoring.RescoreAsync(id, ct);
            return await GetAsync(viewer, id, refreshStaleScore: false, ct);
        }
        return new LeadDetail(lead, ownerName, card, events, lead.StageHistory.OrderByDescending(s => s.At).ThenByDescending(s => s.Id).ToList(),
            touches, cadence);
    }
}

/// <param name="Text">Finds leads as the app bar's search does (<see cref="TextSearch"/>); too little text filters nothing.</param>
public sealed record LeadListFilter(LifecycleStage? Stage = null, string? Source = null, string? OwnerId = null, string? Text = null)
{
    /// <summary>The filter as a query, shared by the list and its CSV export.</summary>
    public IQueryable<Lead> Apply(IQueryable<Lead> leads, SdrDbContext db)
    {
        if (SearchTerms.Parse(Text) is { } terms)
            leads = leads.Matching(db, terms);
        if (Stage is { } stage)
            leads = leads.Where(l => l.Stage == stage);
        if (!string.IsNullOrEmpty(Source))
            leads = leads.Where(l => l.Source == Source);
        if (!string.IsNullOrEmpty(OwnerId))
            leads = leads.Where(l => l.OwnerId == OwnerId);
        return leads;
    }

    /// <summary>The filter as a query string, for links such as the export.</summary>
    public string ToQueryString() => Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
    {
        ["stage"] = Stage?.ToString(),
        ["source"] = Source,
        ["owner"] = OwnerId,
        ["q"] = string.IsNullOrWhiteSpace(Text) ? null : Text,
    }.Where(kv => kv.Value is not null)).ToString();
}

public sealed record LeadCursor(int Score, int Id);

public sealed record LeadRow(
    int Id, string Name, string Email, string? Title, string? Company, LifecycleStage Stage, string Source,
    int Score, int FitScore, int EngagementScore, DateTime? LastHighIntentAt, string? OwnerName, int Revision);

public sealed record LeadListPage(IReadOnlyList<LeadRow> Rows, int Total, LeadCursor? Next);

public sealed record LeadDetail(
    Lead Lead, string? OwnerName, ScoreCard Score, IReadOnlyList<EngagementEvent> Events, IReadOnlyList<StageChange> History,
    IReadOnlyList<TouchRow> Touches, CadenceStatus Cadence);

public sealed record TouchRow(DateTime At, TouchChannel Channel, TouchOutcome Outcome, string By, string? Note);

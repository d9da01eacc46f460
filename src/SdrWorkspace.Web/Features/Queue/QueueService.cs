using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
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
    QueueSort Sort = QueueSort.Priority);

public sealed record QueueRow(
    int LeadId, string Name, string? Title, string? Company, LifecycleStage Stage, string Source, int Score,
    QueueTier Tier, DateTime? SlaDueAt, string Reason, DateTime? LastHighIntentAt);

public sealed record QueueResult(IReadOnlyList<QueueRow> Rows, int Total);

/// <summary>
/// An SDR's queue: their workable leads in the order the domain's <see cref="QueueRanking"/> gives,
/// each with the reason it is where it is.
/// </summary>
public sealed class QueueService(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, TimeProvider clock)
{
    private static readonly LifecycleStage[] WorkableStages =
        [LifecycleStage.Lead, LifecycleStage.MQL, LifecycleStage.SAL, LifecycleStage.Nurture];

    public async Task<QueueResult> LoadAsync(ClaimsPrincipal viewer, QueueFilter filter, int skip, int take, CancellationToken ct = default)
    {
        var ownerId = viewer.FindFirstValue(ClaimTypes.NameIdentifier);
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);

        var leads = db.Leads.AsNoTracking()
            .Where(l => l.OwnerId == ownerId && !l.DoNotContact && WorkableStages.Contains(l.Stage));
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

        var candidates = await leads
            .Select(l => new Candidate(
                new QueueCandidate(l.Id, l.Stage, l.DoNotContact, l.ReactivationOn, l.Score, l.LastHighIntentAt,
                    l.LastHighIntentSignal, l.LastTouchAt, l.NextActionAt, l.NextActionNote, l.CadencePausedUntil),
                l.FirstName + " " + l.LastName, l.Title, l.Account!.Name, l.Source, l.CreatedAt))
            .ToListAsync(ct);

        var ranked = QueueRanking.Order(candidates, c => c.Lead, definition.Sla, now);
        IEnumerable<(Candidate Item, QueuePosition Position)> sorted = filter.Sort switch
        {
            QueueSort.Score => ranked.OrderByDescending(r => r.Item.Lead.Score).ThenBy(r => r.Item.Lead.LeadId),
            QueueSort.Newest => ranked.OrderByDescending(r => r.Item.CreatedAt).ThenBy(r => r.Item.Lead.LeadId),
            QueueSort.RecentIntent => ranked.OrderByDescending(r => r.Item.Lead.LastHighIntentAt ?? DateTime.MinValue).ThenBy(r => r.Item.Lead.LeadId),
            _ => ranked,
        };
        var page = sorted.Skip(skip).Take(take).ToList();
        var highlights = await HighlightsAsync(db, page.Where(p => p.Position.Tier == QueueTier.ByScore).Select(p => p.Item), now, ct);

        var rows = page.Select(p =>
        {
            var position = highlights.TryGetValue(p.Item.Lead.LeadId, out var why)
                ? QueueRanking.Position(definition.Sla, p.Item.Lead, now, why)
                : p.Position;
            return new QueueRow(p.Item.Lead.LeadId, p.Item.Name, p.Item.Title, p.Item.Company, p.Item.Lead.Stage, p.Item.Source,
                p.Item.Lead.Score, position.Tier, position.SlaDueAt, position.Reason, p.Item.Lead.LastHighIntentAt);
        }).ToList();
        return new QueueResult(rows, ranked.Count);
    }

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

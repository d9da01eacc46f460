using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Web.Features.Scoring;

/// <summary>
/// Keeps stored scores what the engine says they are now: engagement decays with time, so a score
/// left alone goes stale. Writes only the leads whose score (or score-driven stage) changed.
/// </summary>
public sealed class LeadScoring(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, TimeProvider clock, ILogger<LeadScoring> logger)
{
    private const int BatchSize = 500;

    /// <param name="progress">Told how many leads have been scored so far, after each batch.</param>
    public async Task<int> RescoreAllAsync(CancellationToken ct = default, IProgress<int>? progress = null)
    {
        var changed = 0;
        var scored = 0;
        var lastId = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var batch = await db.Leads.Include(l => l.Account)
                .Where(l => l.Id > lastId).OrderBy(l => l.Id).Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
                return changed;
            lastId = batch[^1].Id;
            changed += await RescoreAsync(db, batch, ct);
            progress?.Report(scored += batch.Count);
        }
    }

    public async Task RescoreAsync(int leadId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.Include(l => l.Account).Where(l => l.Id == leadId).ToListAsync(ct);
        await RescoreAsync(db, lead, ct);
    }

    /// <summary>
    /// Scores tracked leads from their stored events and applies what changed, without saving: callers
    /// that write leads and events (ingestion, reply coding) re-score in their own transaction.
    /// </summary>
    public async Task<IReadOnlyList<Lead>> ApplyScoresAsync(SdrDbContext db, IReadOnlyList<Lead> leads, CancellationToken ct)
    {
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = leads.Select(l => l.Id).ToList();
        var facts = await FactsAsync(db, ids, ct);

        var changed = new List<Lead>();
        foreach (var lead in leads)
        {
            var card = LeadScorer.Score(definition, lead.FitProfile, facts[lead.Id], now);
            if (lead.HasScore(card))
                continue;
            lead.ApplyScore(card, now);
            changed.Add(lead);
        }
        return changed;
    }

    private async Task<int> RescoreAsync(SdrDbContext db, List<Lead> leads, CancellationToken ct)
    {
        var changed = (await ApplyScoresAsync(db, leads, ct)).Count;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed one of these leads meanwhile; their save stands and the next pass re-scores it.
            logger.LogInformation("Re-scoring skipped a batch changed concurrently; it is picked up on the next pass");
            return 0;
        }
        return changed;
    }

    /// <summary>What the engine scores engagement on, for a set of leads, in one query.</summary>
    public static async Task<ILookup<int, EngagementFact>> FactsAsync(SdrDbContext db, IReadOnlyCollection<int> leadIds, CancellationToken ct) =>
        (await db.EngagementEvents.AsNoTracking()
            .Where(e => leadIds.Contains(e.LeadId))
            .Select(e => new { e.LeadId, e.Type, e.OccurredAt, e.Url, e.Disposition })
            .ToListAsync(ct))
        .ToLookup(e => e.LeadId, e => new EngagementFact(e.Type, e.OccurredAt, e.Url, e.Disposition));
}

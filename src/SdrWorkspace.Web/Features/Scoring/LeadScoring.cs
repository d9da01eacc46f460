using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Web.Features.Scoring;

/// <summary>
/// Keeps stored scores what the engine says they are now: engagement decays with time, so a score
/// left alone goes stale. Writes only the leads whose score (or score-driven stage) changed.
/// </summary>
public sealed class LeadScoring(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, TimeProvider clock, ILogger<LeadScoring> logger)
{
    /// <summary>Leads scored per pass: few passes over the events table, memory bounded (about 10 events a lead).</summary>
    internal const int ChunkSize = 50_000;

    /// <summary>
    /// Re-scores every lead, for a definition change or decay. Per chunk of leads: one read of the leads, one of
    /// their events (<see cref="ScoringSnapshot"/>), the engine in parallel, then one transaction that writes the
    /// changed scores with a prepared statement (<see cref="ScoreWriter"/>). The few leads a new score moves to
    /// MQL go through <see cref="Lead.ApplyScore"/> and are saved with their stage history. A lead changed by
    /// someone else meanwhile is left as they saved it and picked up on the next pass.
    /// </summary>
    /// <param name="progress">Told how many leads have been scored so far, after each chunk.</param>
    public async Task<int> RescoreAllAsync(CancellationToken ct = default, IProgress<int>? progress = null)
    {
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        var scored = 0;
        var lastId = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var (leads, last) = await ScoringSnapshot.LeadsAsync(db, lastId, ChunkSize, logger, ct);
            if (last is null)
                return changed;
            var facts = await ScoringSnapshot.FactsAsync(db, lastId + 1, last.Value, ct);
            lastId = last.Value;
            changed += (await StoreAsync(db, leads, facts, definition, now, ct)).Count;
            progress?.Report(scored += leads.Count);
        }
    }

    /// <summary>
    /// Re-scores the given leads from their stored events inside the caller's transaction, the bulk way
    /// (ingestion writes hundreds of events per call). Returns the ids of the leads whose score changed.
    /// </summary>
    public async Task<IReadOnlyList<int>> RescoreInTransactionAsync(SdrDbContext db, IReadOnlyCollection<int> leadIds, CancellationToken ct)
    {
        if (leadIds.Count == 0)
            return [];
        var definition = await definitions.CurrentAsync(ct);
        var leads = await ScoringSnapshot.LeadsAsync(db, leadIds, logger, ct);
        var facts = await ScoringSnapshot.FactsAsync(db, leadIds, ct);
        return await StoreAsync(db, leads, facts, definition, clock.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>
    /// The engine scores the leads in parallel; changed scores are written in bulk (<see cref="ScoreWriter"/>),
    /// and the few leads a score moves to MQL are loaded whole so <see cref="Lead.ApplyScore"/> moves them
    /// and records the move. Uses the context's transaction when it has one.
    /// </summary>
    private async Task<IReadOnlyList<int>> StoreAsync(
        SdrDbContext db, List<ScoringRow> leads, ILookup<int, EngagementFact> facts, QualificationDefinition definition, DateTime now, CancellationToken ct)
    {
        var cards = new (ScoreCard? Card, ScoreWrite Write)[leads.Count];
        Parallel.For(0, leads.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            // One lead the engine cannot score is logged and left as it is; it never stops the others.
            try
            {
                var card = LeadScorer.Score(definition, leads[i].Profile, facts[leads[i].LeadId], now);
                cards[i] = (card, leads[i].Stored.Needs(card));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Lead {LeadId} could not be scored and keeps its stored score; the other leads are scored", leads[i].LeadId);
                cards[i] = (null, ScoreWrite.None);
            }
        });

        var scores = leads.Zip(cards).Where(x => x.Second.Write == ScoreWrite.Score)
            .Select(x => new ScoreUpdate(x.First.LeadId, x.First.Revision, x.Second.Card!)).ToList();
        var changed = (await ScoreWriter.WriteAsync(db, scores, now, ct)).ToList();

        var moves = leads.Zip(cards).Where(x => x.Second.Write == ScoreWrite.Stage).Select(x => x.First.LeadId).ToList();
        foreach (var chunk in moves.Chunk(500))
        {
            var whole = await db.Leads.Include(l => l.Account).Where(l => chunk.Contains(l.Id)).ToListAsync(ct);
            if (await RescoreAsync(db, whole, ct) > 0)
                changed.AddRange(whole.Select(l => l.Id));
            db.ChangeTracker.Clear();
        }
        return changed;
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

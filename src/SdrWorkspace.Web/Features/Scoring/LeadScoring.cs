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
/// left alone goes stale. Each lead keeps its <see cref="EngagementState"/>, so a re-score reads events only
/// for what a state has not folded in yet (new events, or a state missing or built under another half-life or
/// reply classification). Writes only the leads whose score (or score-driven stage) changed.
/// </summary>
public sealed class LeadScoring(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, TimeProvider clock, ILogger<LeadScoring> logger)
{
    /// <summary>Leads scored per pass: memory bounded, and few passes over the events table when states are rebuilt.</summary>
    internal const int ChunkSize = 50_000;

    /// <summary>
    /// Re-scores every lead, for a definition change. Per chunk of leads: one read of the leads with their states
    /// (<see cref="ScoringSnapshot"/>), events only for states to rebuild, the engine in parallel, then one transaction
    /// that writes the changed scores with a prepared statement (<see cref="ScoreWriter"/>). The few leads a new score
    /// moves go through <see cref="Lead.ApplyScore"/> and are saved with their stage history. A lead changed by
    /// someone else meanwhile is left as they saved it, and its id is added to <paramref name="skipped"/>.
    /// </summary>
    /// <param name="progress">Told how many leads have been scored so far, after each chunk.</param>
    /// <returns>How many leads' scores changed.</returns>
    public async Task<int> RescoreAllAsync(CancellationToken ct = default, IProgress<int>? progress = null, ICollection<int>? skipped = null)
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
            var range = (lastId + 1, last.Value);
            lastId = last.Value;
            changed += (await StoreAsync(db, leads, definition, now, new Reads(Range: range), ct, skipped)).Count;
            progress?.Report(scored += leads.Count);
        }
    }

    /// <summary>
    /// One slice of the background refresh: the next leads in id order after <paramref name="afterId"/>, scored at this
    /// moment from their states (decay needs no event reads; a missing state is rebuilt); changed scores are written.
    /// </summary>
    /// <returns>The last id of the slice (null past the last lead), and how many scores the slice changed.</returns>
    public async Task<(int? LastId, int Changed)> RefreshSliceAsync(int afterId, int take, CancellationToken ct = default)
    {
        var definition = await definitions.CurrentAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (slice, last) = await ScoringSnapshot.LeadsAsync(db, afterId, take, logger, ct);
        var changed = await StoreAsync(db, slice, definition, clock.GetUtcNow().UtcDateTime, new Reads(), ct);
        return (last, changed.Count);
    }

    public async Task<int> LeadCountAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Leads.CountAsync(ct);
    }

    /// <summary>
    /// Re-scores the given leads, whose new events are already added in the caller's transaction, inside that
    /// transaction, the bulk way (ingestion writes hundreds of events per call): each state folds in only the events
    /// above the highest id it has seen. Returns the ids of the leads whose score changed.
    /// </summary>
    public async Task<IReadOnlyList<int>> RescoreInTransactionAsync(SdrDbContext db, IReadOnlyCollection<int> leadIds, CancellationToken ct)
    {
        if (leadIds.Count == 0)
            return [];
        var definition = await definitions.CurrentAsync(ct);
        var leads = await ScoringSnapshot.LeadsAsync(db, leadIds, logger, ct);
        return await StoreAsync(db, leads, definition, clock.GetUtcNow().UtcDateTime, new Reads(NewEvents: true), ct);
    }

    /// <summary>
    /// What a pass reads besides the states. A state missing or built under other rules is always rebuilt from all
    /// its lead's events; <see cref="NewEvents"/> also folds in events newer than a state (ingestion's own transaction);
    /// <see cref="Range"/> reads those rebuilds' events in one pass over the table when many of a chunk need it.
    /// </summary>
    private sealed record Reads(bool NewEvents = false, (int First, int Last)? Range = null);

    /// <summary>
    /// The engine scores the leads in parallel; changed scores and new states are written in bulk (<see cref="ScoreWriter"/>),
    /// and the few leads a score moves are loaded whole so <see cref="Lead.ApplyScore"/> moves them and records the move.
    /// Uses the context's transaction when it has one.
    /// </summary>
    private async Task<IReadOnlyList<int>> StoreAsync(
        SdrDbContext db, List<ScoringRow> leads, QualificationDefinition definition, DateTime now, Reads reads, CancellationToken ct,
        ICollection<int>? skipped = null)
    {
        var states = leads.Select(l => Usable(EngagementState.FromBytes(l.State), definition, now)).ToArray();
        var events = await EventsAsync(db, leads, states, reads, ct);

        var results = new (EngagementState? State, bool NewState, ScoreVerdict? Verdict, ScoreWrite Write)[leads.Count];
        Parallel.For(0, leads.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            // One lead the engine cannot score is logged and left as it is; it never stops the others.
            try
            {
                var (state, isNew) = Folded(states[i], events[leads[i].LeadId], definition, now);
                var verdict = LeadScorer.Verdict(definition, leads[i].Profile, state, now);
                results[i] = (state, isNew, verdict, leads[i].Stored.Needs(verdict));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Lead {LeadId} could not be scored and keeps its stored score; the other leads are scored", leads[i].LeadId);
                results[i] = (null, false, null, ScoreWrite.None);
            }
        });

        var updates = new List<ScoreUpdate>();
        var moves = new Dictionary<int, (ScoringRow Row, EngagementState State)>();
        for (var i = 0; i < leads.Count; i++)
        {
            var (state, isNew, verdict, write) = results[i];
            if (state is null)
                continue;
            if (write == ScoreWrite.Stage)
            {
                moves[leads[i].LeadId] = (leads[i], state);
                continue;
            }
            if (write == ScoreWrite.Score || isNew)
                updates.Add(new ScoreUpdate(leads[i].LeadId, leads[i].Revision, leads[i].State, write == ScoreWrite.Score ? verdict : null, isNew ? state.ToBytes() : null));
        }
        var changed = (await ScoreWriter.WriteAsync(db, updates, now, ct, skipped)).ToList();

        foreach (var chunk in moves.Keys.Chunk(500))
        {
            var whole = await db.Leads.Include(l => l.Account).Where(l => chunk.Contains(l.Id)).ToListAsync(ct);
            // Changed since it was read: that writer's save stands (and scored it), and the lead is counted as skipped.
            foreach (var lead in whole.Where(l => l.Revision != moves[l.Id].Row.Revision))
                skipped?.Add(lead.Id);
            var current = whole.Where(l => l.Revision == moves[l.Id].Row.Revision).ToList();
            changed.AddRange(await ApplyAndSaveAsync(db, current, definition, current.Select(l => moves[l.Id].State).ToList(), now, ct, skipped));
            db.ChangeTracker.Clear();
        }
        return changed;
    }

    /// <summary>
    /// The events a pass folds into the states: all of a lead's events where its state is rebuilt, the newer ones where
    /// asked (<see cref="Reads.NewEvents"/>), none otherwise.
    /// </summary>
    private static async Task<ILookup<int, EventFact>> EventsAsync(
        SdrDbContext db, List<ScoringRow> leads, EngagementState?[] states, Reads reads, CancellationToken ct)
    {
        var wanted = leads.Zip(states)
            .Where(x => x.Second is null || reads.NewEvents)
            .Select(x => (x.First.LeadId, AfterId: x.Second?.LastEventId ?? 0))
            .ToList();
        if (wanted.Count == 0)
            return Array.Empty<EventFact>().ToLookup(_ => 0);
        // Rebuilding most of a chunk (a first pass, a new half-life): one scan in storage order beats an index walk per lead.
        if (reads.Range is { } range && wanted.Count > leads.Count / 4)
        {
            var rebuilt = wanted.Select(w => w.LeadId).ToHashSet();
            return (await ScoringSnapshot.FactsAsync(db, range.First, range.Last, ct))
                .Where(g => rebuilt.Contains(g.Key))
                .SelectMany(g => g.Select(e => (g.Key, e)))
                .ToLookup(x => x.Key, x => x.e);
        }
        return await ScoringSnapshot.FactsAsync(db, wanted, ct);
    }

    /// <summary>A stored state this definition can score now, or null: then the lead's state is rebuilt from all its events.</summary>
    private static EngagementState? Usable(EngagementState? state, QualificationDefinition definition, DateTime now) =>
        state is not null && state.Fits(definition) && state.CanScoreAt(now) ? state : null;

    /// <summary>Re-scores one lead; false when someone changed it meanwhile (their save stands).</summary>
    public async Task<bool> RescoreAsync(int leadId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var leads = await db.Leads.Include(l => l.Account).Where(l => l.Id == leadId).ToListAsync(ct);
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var skipped = new List<int>();
        await ApplyAndSaveAsync(db, leads, definition, await StatesAsync(db, leads, definition, now, ct), now, ct, skipped);
        return skipped.Count == 0;
    }

    /// <summary>
    /// Scores tracked leads, whose new events are already added in the caller's transaction, and applies what changed,
    /// without saving the leads: callers that write leads and events (ingestion) re-score in their own transaction. The
    /// states are stored at once, each only if no other writer changed it since the lead was read.
    /// </summary>
    public async Task<IReadOnlyList<Lead>> ApplyScoresAsync(SdrDbContext db, IReadOnlyList<Lead> leads, CancellationToken ct)
    {
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var states = await StatesAsync(db, leads, definition, now, ct);
        var changed = leads.Where((lead, i) => Apply(lead, definition, states[i], now)).ToList();
        await KeepStatesAsync(db, leads, states, now, ct);
        return changed;
    }

    /// <summary>The leads' states brought up to their events: stored states fold in newer events, others are rebuilt from all.</summary>
    private static async Task<List<EngagementState>> StatesAsync(
        SdrDbContext db, IReadOnlyList<Lead> leads, QualificationDefinition definition, DateTime now, CancellationToken ct)
    {
        var stored = leads.Select(l => Usable(EngagementState.FromBytes(l.EngagementState), definition, now)).ToList();
        var events = await ScoringSnapshot.FactsAsync(db, leads.Zip(stored, (l, s) => (l.Id, s?.LastEventId ?? 0)).ToList(), ct);
        return leads.Zip(stored, (lead, state) => Folded(state, events[lead.Id], definition, now).State).ToList();
    }

    /// <summary>
    /// A stored state with the events it has not seen folded in, or a state rebuilt from all events when there is none;
    /// whether it differs from the stored one. A state only read is left as stored (its bytes unchanged, nothing to write).
    /// </summary>
    private static (EngagementState State, bool IsNew) Folded(EngagementState? stored, IEnumerable<EventFact> events, QualificationDefinition definition, DateTime now)
    {
        var state = stored ?? EngagementState.Empty(definition, now);
        var added = false;
        foreach (var (id, fact) in events)
        {
            state.Add(fact, id);
            added = true;
        }
        // Written anyway: drop the times of events no longer ahead of the clock.
        if (added)
            state.Settle(now);
        return (state, stored is null || added);
    }

    /// <summary>Applies the scores, saves the leads and then their states; returns the ids whose score or stage changed.</summary>
    private async Task<IReadOnlyList<int>> ApplyAndSaveAsync(
        SdrDbContext db, List<Lead> leads, QualificationDefinition definition, IReadOnlyList<EngagementState> states, DateTime now, CancellationToken ct,
        ICollection<int>? skipped = null)
    {
        var changed = leads.Where((lead, i) => Apply(lead, definition, states[i], now)).Select(l => l.Id).ToList();
        if (!await SaveAsync(db, ct))
        {
            foreach (var lead in leads)
                skipped?.Add(lead.Id);
            return [];
        }
        await KeepStatesAsync(db, leads, states, now, ct);
        return changed;
    }

    /// <summary>Stores the score a state gives on a tracked lead; true when the score or stage changed.</summary>
    private static bool Apply(Lead lead, QualificationDefinition definition, EngagementState state, DateTime now)
    {
        var card = LeadScorer.Score(definition, lead.FitProfile, state, now);
        if (lead.HasScore(card))
            return false;
        lead.ApplyScore(card, now);
        return true;
    }

    /// <summary>
    /// States are written apart from the tracked leads, each on condition that it is still the one read: a writer that
    /// folded in an event meanwhile is never overwritten by a state that misses it.
    /// </summary>
    private static async Task KeepStatesAsync(SdrDbContext db, IReadOnlyList<Lead> leads, IReadOnlyList<EngagementState> states, DateTime now, CancellationToken ct)
    {
        var writes = leads.Zip(states)
            .Select(x => (Lead: x.First, Read: x.First.EngagementState, State: x.Second.ToBytes()))
            .Where(x => !x.State.AsSpan().SequenceEqual(x.Read))
            .ToList();
        var skipped = new HashSet<int>();
        await ScoreWriter.WriteAsync(db, writes.Select(x => new ScoreUpdate(x.Lead.Id, x.Lead.Revision, x.Read, null, x.State)).ToList(), now, ct, skipped);
        // The tracked leads learn their stored state, so a second re-score in the same unit of work starts from it.
        foreach (var (lead, _, state) in writes.Where(x => !skipped.Contains(x.Lead.Id)))
        {
            var property = db.Entry(lead).Property(l => l.EngagementState);
            property.CurrentValue = state;
            property.OriginalValue = state;
            property.IsModified = false;
        }
    }

    private async Task<bool> SaveAsync(SdrDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed one of these leads meanwhile; their save stands and the next pass re-scores it.
            logger.LogInformation("Re-scoring skipped a batch changed concurrently; it is picked up on the next pass");
            return false;
        }
    }

    /// <summary>What the engine scores engagement on, for a set of leads, in one query.</summary>
    public static async Task<ILookup<int, EngagementFact>> FactsAsync(SdrDbContext db, IReadOnlyCollection<int> leadIds, CancellationToken ct) =>
        (await db.EngagementEvents.AsNoTracking()
            .Where(e => leadIds.Contains(e.LeadId))
            .Select(e => new { e.LeadId, e.Type, e.OccurredAt, e.Url, e.Disposition })
            .ToListAsync(ct))
        .ToLookup(e => e.LeadId, e => new EngagementFact(e.Type, e.OccurredAt, e.Url, e.Disposition));
}

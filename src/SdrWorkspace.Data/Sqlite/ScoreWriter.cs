using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>
/// What a re-score stores for a lead whose stage it does not move: a new score (null when the numbers are unchanged), a new
/// engagement state (null when it is unchanged), and what was read (revision and state) to detect a concurrent change.
/// </summary>
public sealed record ScoreUpdate(int LeadId, int ReadRevision, byte[]? ReadState, ScoreVerdict? Score, byte[]? State);

/// <summary>
/// Stores new scores in bulk: one prepared UPDATE per lead in one transaction, the columns
/// <see cref="Lead.ApplyScore"/> sets when no stage moves. Change tracking would cost seconds at 100,000
/// leads; this stays within a few times a bare UPDATE of the same rows. The revision check keeps the
/// optimistic-concurrency promise: a lead saved by someone else since it was read is not overwritten. The state check
/// keeps an engagement state from being replaced by one that misses the events another writer folded in meanwhile.
/// </summary>
public static class ScoreWriter
{
    private const string ScoreSql =
        """
        UPDATE Leads SET FitScore = $fit, EngagementScore = $engagement, Score = $score, ScoredAt = $scoredAt,
            LastHighIntentAt = $lastHighIntentAt, LastHighIntentSignal = $signal, DefinitionVersion = $version,
            EngagementState = coalesce($state, EngagementState), Revision = Revision + 1
        WHERE Id = $id AND Revision = $revision AND EngagementState IS $readState
        """;

    // Only the state: the score stands and nobody's edit is in the way, so the revision is left alone.
    private const string StateSql = "UPDATE Leads SET EngagementState = $state WHERE Id = $id AND EngagementState IS $readState";

    /// <summary>Writes in the context's open transaction, or in one of its own.</summary>
    /// <returns>The leads whose score was written (not those whose state only was, nor those changed meanwhile).</returns>
    public static async Task<IReadOnlyList<int>> WriteAsync(
        SdrDbContext db, IReadOnlyList<ScoreUpdate> updates, DateTime now, CancellationToken ct, ICollection<int>? skipped = null)
    {
        if (updates.Count == 0)
            return [];
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using var score = PreparedStatement.In(db, ScoreSql,
            ["$fit", "$engagement", "$score", "$scoredAt", "$lastHighIntentAt", "$signal", "$version", "$state", "$id", "$revision", "$readState"]);
        await using var keep = PreparedStatement.In(db, StateSql, ["$state", "$id", "$readState"]);

        var written = new List<int>(updates.Count);
        foreach (var (leadId, revision, readState, card, state) in updates)
        {
            // Bound as EF stores them: enums by name, times in UTC.
            var stored = card is null
                ? await keep.RunAsync(ct, state, leadId, readState)
                : await score.RunAsync(ct, card.Fit, card.Engagement, card.Total, now, card.LastHighIntentAt, card.LastHighIntentSignal?.ToString(),
                    card.DefinitionVersion, state, leadId, revision, readState);
            if (stored == 0)
                skipped?.Add(leadId);
            else if (card is not null)
                written.Add(leadId);
        }
        if (own is not null)
        {
            await own.CommitAsync(ct);
            await own.DisposeAsync();
        }
        return written;
    }
}

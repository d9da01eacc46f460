using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>A new score for a lead whose stage it does not move, with the lead's revision as read.</summary>
public sealed record ScoreUpdate(int LeadId, int ReadRevision, ScoreCard Card);

/// <summary>
/// Stores new scores in bulk: one prepared UPDATE per lead in one transaction, the columns
/// <see cref="Lead.ApplyScore"/> sets when no stage moves. Change tracking would cost seconds at 100,000
/// leads; this stays within a few times a bare UPDATE of the same rows. The revision check keeps the
/// optimistic-concurrency promise: a lead saved by someone else since it was read is not overwritten.
/// </summary>
public static class ScoreWriter
{
    private const string UpdateSql =
        """
        UPDATE Leads SET FitScore = $fit, EngagementScore = $engagement, Score = $score, ScoredAt = $scoredAt,
            LastHighIntentAt = $lastHighIntentAt, LastHighIntentSignal = $signal, DefinitionVersion = $version,
            Revision = Revision + 1
        WHERE Id = $id AND Revision = $revision
        """;

    /// <summary>Writes in the context's open transaction, or in one of its own.</summary>
    /// <returns>The leads written (the others changed meanwhile).</returns>
    public static async Task<IReadOnlyList<int>> WriteAsync(SdrDbContext db, IReadOnlyList<ScoreUpdate> updates, DateTime now, CancellationToken ct)
    {
        if (updates.Count == 0)
            return [];
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using var update = PreparedStatement.In(db, UpdateSql,
            ["$fit", "$engagement", "$score", "$scoredAt", "$lastHighIntentAt", "$signal", "$version", "$id", "$revision"]);

        var written = new List<int>(updates.Count);
        foreach (var (leadId, revision, card) in updates)
        {
            // Bound as EF stores them: enums by name, times in UTC.
            if (await update.RunAsync(ct, card.Fit, card.Engagement, card.Total, now, card.LastHighIntentAt, card.LastHighIntentSignal?.ToString(),
                    card.DefinitionVersion, leadId, revision) > 0)
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

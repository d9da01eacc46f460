using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>
/// Inserts new engagement events with one prepared statement in the context's open transaction: EF's
/// change tracking of hundreds of inserts per batch was most of an ingestion call's cost. Values are
/// bound as EF stores them (enums by name, UTC times).
/// </summary>
public static class EventWriter
{
    private const string InsertSql =
        """
        INSERT INTO EngagementEvents (LeadId, Type, OccurredAt, ExternalId, Url, Subject, Text)
        VALUES ($lead, $type, $at, $externalId, $url, $subject, $text)
        """;

    private const int SqliteConstraint = 19;

    public static async Task InsertAsync(SdrDbContext db, IReadOnlyList<EngagementEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Events are inserted inside the ingestion's transaction.");
        await using var insert = PreparedStatement.In(db, InsertSql, ["$lead", "$type", "$at", "$externalId", "$url", "$subject", "$text"]);

        foreach (var item in events)
        {
            try
            {
                await insert.RunAsync(ct, item.LeadId, item.Type.ToString(), item.OccurredAt.ToUniversalTime(), item.ExternalId, item.Url, item.Subject, item.Text);
            }
            catch (SqliteException error) when (error.SqliteErrorCode == SqliteConstraint)
            {
                // As EF reports it, so callers handle a duplicate sender id one way whichever path wrote it.
                throw new DbUpdateException($"An event could not be stored: {error.Message}", error);
            }
        }
    }
}

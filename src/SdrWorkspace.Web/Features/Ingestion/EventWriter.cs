using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Web.Features.Ingestion;

/// <summary>
/// Inserts new engagement events with one prepared statement in the context's open transaction: EF's
/// change tracking of hundreds of inserts per batch was most of an ingestion call's cost. Values are
/// bound as EF stores them (enums by name, UTC times).
/// </summary>
internal static class EventWriter
{
    private const string InsertSql =
        """
        INSERT INTO EngagementEvents (LeadId, Type, OccurredAt, ExternalId, Url, Subject, Text)
        VALUES ($lead, $type, $at, $externalId, $url, $subject, $text)
        """;

    public static async Task InsertAsync(SdrDbContext db, IReadOnlyList<EngagementEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return;
        await using var insert = db.Database.GetDbConnection().CreateCommand();
        insert.Transaction = (db.Database.CurrentTransaction ?? throw new InvalidOperationException("Events are inserted inside the ingestion's transaction.")).GetDbTransaction();
        insert.CommandText = InsertSql;
        var parameters = new[] { "$lead", "$type", "$at", "$externalId", "$url", "$subject", "$text" }.Select(name =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        insert.Prepare();

        foreach (var e in events)
        {
            object?[] values = [e.LeadId, e.Type.ToString(), e.OccurredAt.ToUniversalTime(), e.ExternalId, e.Url, e.Subject, e.Text];
            for (var i = 0; i < values.Length; i++)
                parameters[i].Value = values[i] ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}

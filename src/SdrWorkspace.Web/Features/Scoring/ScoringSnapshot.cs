using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Web.Features.Scoring;

/// <summary>A lead as a full re-score needs it: what fit is scored on, and what a new card is compared with.</summary>
internal sealed record ScoringRow(int LeadId, int Revision, FitProfile Profile, StoredScore Stored);

/// <summary>
/// Reads a range of leads and all their events with plain data readers, in id order. A full re-score reads
/// 100,000 leads and a million events; EF's materialisation of that is most of a slow re-score, and these
/// rows are only read, never tracked. Columns are decoded as EF stores them (enums by name, UTC times as text).
/// </summary>
internal static class ScoringSnapshot
{
    private const string LeadColumns =
        """
        SELECT l.Id, l.Revision, a.Industry, a.Employees, a.AnnualRevenue, a.Country, l.Seniority, l."Function", l.BuyingRole,
               l.FitScore, l.EngagementScore, l.Score, l.LastHighIntentAt, l.LastHighIntentSignal, l.DefinitionVersion,
               l.Stage, l.StageChangedAt, l.CreatedAt, l.DoNotContact
        FROM Leads l LEFT JOIN Accounts a ON a.Id = l.AccountId
        """;

    /// <summary>The next leads in id order after the given id.</summary>
    public static async Task<List<ScoringRow>> LeadsAsync(SdrDbContext db, int afterId, int take, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, LeadColumns + " WHERE l.Id > $after ORDER BY l.Id LIMIT $take", ct, ("$after", afterId), ("$take", take));
        return await ReadLeadsAsync(command, ct);
    }

    /// <summary>The given leads (ids passed as one JSON array, so any number of them is one statement).</summary>
    public static async Task<List<ScoringRow>> LeadsAsync(SdrDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, LeadColumns + " WHERE l.Id IN (SELECT value FROM json_each($ids))", ct, ("$ids", JsonSerializer.Serialize(ids)));
        return await ReadLeadsAsync(command, ct);
    }

    private static async Task<List<ScoringRow>> ReadLeadsAsync(DbCommand command, CancellationToken ct)
    {
        var rows = new List<ScoringRow>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var profile = new FitProfile(
                Text(r, 2), r.IsDBNull(3) ? null : r.GetInt32(3), r.IsDBNull(4) ? null : (decimal)r.GetDouble(4), Regions.Of(Text(r, 5)),
                Names<Seniority>.Parse(r.GetString(6)), Names<JobFunction>.Parse(r.GetString(7)), Names<BuyingRole>.Parse(r.GetString(8)));
            var stored = new StoredScore(r.GetInt32(9), r.GetInt32(10), r.GetInt32(11), Time(r, 12),
                r.IsDBNull(13) ? null : Names<EngagementSignal>.Parse(r.GetString(13)), r.GetInt32(14),
                Names<LifecycleStage>.Parse(r.GetString(15)), Time(r, 16)!.Value, Time(r, 17)!.Value, r.GetBoolean(18));
            rows.Add(new ScoringRow(r.GetInt32(0), r.GetInt32(1), profile, stored));
        }
        return rows;
    }

    /// <summary>The facts the engine scores engagement on, for every lead with an id in the range.</summary>
    public static async Task<ILookup<int, EngagementFact>> FactsAsync(SdrDbContext db, int firstLeadId, int lastLeadId, CancellationToken ct)
    {
        // Only page visits need their address (pricing or not), so the rest skip the text. A chunk is a large
        // share of all leads, so one pass over the table in storage order beats an index walk with a lookup per event.
        await using var command = await CommandAsync(db,
            """
            SELECT LeadId, Type, OccurredAt, CASE WHEN Type = 'PageVisit' THEN Url END, Disposition
            FROM EngagementEvents NOT INDEXED WHERE LeadId BETWEEN $first AND $last
            """, ct, ("$first", firstLeadId), ("$last", lastLeadId));
        return await ReadFactsAsync(command, ct);
    }

    /// <summary>The facts the engine scores engagement on, for the given leads, through the (LeadId, OccurredAt) index.</summary>
    public static async Task<ILookup<int, EngagementFact>> FactsAsync(SdrDbContext db, IReadOnlyCollection<int> leadIds, CancellationToken ct)
    {
        await using var command = await CommandAsync(db,
            """
            SELECT LeadId, Type, OccurredAt, CASE WHEN Type = 'PageVisit' THEN Url END, Disposition
            FROM EngagementEvents WHERE LeadId IN (SELECT value FROM json_each($ids))
            """, ct, ("$ids", JsonSerializer.Serialize(leadIds)));
        return await ReadFactsAsync(command, ct);
    }

    private static async Task<ILookup<int, EngagementFact>> ReadFactsAsync(DbCommand command, CancellationToken ct)
    {
        var facts = new List<(int, EngagementFact)>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            facts.Add((r.GetInt32(0), new EngagementFact(Names<EngagementType>.Parse(r.GetString(1)), Time(r, 2)!.Value, Text(r, 3),
                r.IsDBNull(4) ? null : Names<DispositionCode>.Parse(r.GetString(4)))));
        }
        return facts.ToLookup(f => f.Item1, f => f.Item2);
    }

    private static async Task<DbCommand> CommandAsync(SdrDbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(ct);
        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Enums stored by name, parsed through a lookup (a million parses add up).</summary>
    private static class Names<T> where T : struct, Enum
    {
        private static readonly Dictionary<string, T> ByName = Enum.GetValues<T>().ToDictionary(v => v.ToString(), StringComparer.Ordinal);

        public static T Parse(string name) => ByName.TryGetValue(name, out var value) ? value : Enum.Parse<T>(name);
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>EF's text form of a UTC time ("2026-11-23 10:00:00.1234567"), read without the general-purpose parser.</summary>
    private static DateTime? Time(DbDataReader r, int i)
    {
        if (r.IsDBNull(i))
            return null;
        var s = r.GetString(i).AsSpan();
        if (s.Length >= 19 && s[4] == '-' && s[10] == ' ')
        {
            var value = new DateTime(Digits(s, 0, 4), Digits(s, 5, 2), Digits(s, 8, 2), Digits(s, 11, 2), Digits(s, 14, 2), Digits(s, 17, 2), DateTimeKind.Utc);
            if (s.Length > 20 && s[19] == '.')
            {
                var fraction = s[20..];
                value = value.AddTicks(Digits(fraction, 0, fraction.Length) * (long)Math.Pow(10, 7 - fraction.Length));
            }
            return value;
        }
        return DateTime.SpecifyKind(DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);
    }

    private static int Digits(ReadOnlySpan<char> s, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
            value = value * 10 + (s[i] - '0');
        return value;
    }
}

using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>
/// A lead as a re-score needs it: what fit is scored on, what a new score is compared with, and the engagement
/// state it was scored from (<see cref="EngagementState.ToBytes"/>, null until first scored).
/// </summary>
public sealed record ScoringRow(int LeadId, int Revision, FitProfile Profile, StoredScore Stored, byte[]? State);

/// <summary>A stored event as scoring folds it in: its id (states remember the highest folded in) and its facts.</summary>
public readonly record struct EventFact(long Id, EngagementFact Fact);

/// <summary>The leads of a range that could be read, and the last id of the range (null past the last lead), to go on from.</summary>
public sealed record ScoringChunk(List<ScoringRow> Leads, int? LastId);

/// <summary>
/// Reads a range of leads and all their events with plain data readers, in id order. A full re-score reads
/// 100,000 leads and a million events; EF's materialisation of that is most of a slow re-score, and these
/// rows are only read, never tracked (<see cref="RawRows"/>). A lead that cannot be read (a value hand-edited or left
/// by an older bug) is logged with its id and left out, so it never stops the others.
/// </summary>
public static class ScoringSnapshot
{
    private const string LeadColumns =
        """
        SELECT l.Id, l.Revision, a.Industry, a.Employees, a.AnnualRevenue, a.Country, l.Seniority, l."Function", l.BuyingRole,
               l.FitScore, l.EngagementScore, l.Score, l.LastHighIntentAt, l.LastHighIntentSignal, l.DefinitionVersion,
               l.Stage, l.StageChangedAt, l.CreatedAt, l.DoNotContact, l.EngagementState
        FROM Leads l LEFT JOIN Accounts a ON a.Id = l.AccountId
        """;

    /// <summary>The next leads in id order after the given id.</summary>
    public static async Task<ScoringChunk> LeadsAsync(SdrDbContext db, int afterId, int take, ILogger logger, CancellationToken ct)
    {
        await using var command = await RawRows.CommandAsync(db, LeadColumns + " WHERE l.Id > $after ORDER BY l.Id LIMIT $take", ct, ("$after", afterId), ("$take", take));
        return await ReadLeadsAsync(command, logger, ct);
    }

    /// <summary>The given leads (ids passed as one JSON array, so any number of them is one statement).</summary>
    public static async Task<List<ScoringRow>> LeadsAsync(SdrDbContext db, IReadOnlyCollection<int> ids, ILogger logger, CancellationToken ct)
    {
        await using var command = await RawRows.CommandAsync(db, LeadColumns + " WHERE l.Id IN (SELECT value FROM json_each($ids))", ct, ("$ids", JsonSerializer.Serialize(ids)));
        return (await ReadLeadsAsync(command, logger, ct)).Leads;
    }

    private static async Task<ScoringChunk> ReadLeadsAsync(DbCommand command, ILogger logger, CancellationToken ct)
    {
        var rows = new List<ScoringRow>();
        int? lastId = null;
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            lastId = r.GetInt32(0);
            try
            {
                rows.Add(ReadLead(r, logger));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Lead {LeadId} cannot be read for scoring and is left out; the other leads are scored", lastId);
            }
        }
        return new ScoringChunk(rows, lastId);
    }

    private static ScoringRow ReadLead(DbDataReader r, ILogger logger)
    {
        var leadId = r.GetInt32(0);
        var employees = r.IsDBNull(3) ? null : StoredNumbers.Count(r.GetInt64(3), Ranges.Employees);
        var revenue = r.IsDBNull(4) ? null : StoredNumbers.Amount(r.GetDouble(4), Ranges.AnnualRevenue);
        if ((employees is null && !r.IsDBNull(3)) || (revenue is null && !r.IsDBNull(4)))
            logger.LogWarning("Lead {LeadId}: its account holds employees {Employees} and annual revenue {AnnualRevenue}, one outside its range; scored without it",
                leadId, r.GetValue(3), r.GetValue(4));
        var profile = new FitProfile(
            RawRows.Text(r, 2), employees, revenue, Regions.Of(RawRows.Text(r, 5)),
            RawRows.Enum<Seniority>(r, 6), RawRows.Enum<JobFunction>(r, 7), RawRows.Enum<BuyingRole>(r, 8));
        var stored = new StoredScore(r.GetInt32(9), r.GetInt32(10), r.GetInt32(11), RawRows.Time(r, 12),
            RawRows.NullableEnum<EngagementSignal>(r, 13), r.GetInt32(14),
            RawRows.Enum<LifecycleStage>(r, 15), RawRows.Time(r, 16)!.Value, RawRows.Time(r, 17)!.Value, r.GetBoolean(18));
        return new ScoringRow(leadId, r.GetInt32(1), profile, stored, r.IsDBNull(19) ? null : (byte[])r.GetValue(19));
    }

    /// <summary>The events of every lead with an id in the range.</summary>
    public static async Task<ILookup<int, EventFact>> FactsAsync(SdrDbContext db, int firstLeadId, int lastLeadId, CancellationToken ct)
    {
        // Only page visits need their address (pricing or not), so the rest skip the text. A chunk is a large
        // share of all leads, so one pass over the table in storage order beats an index walk with a lookup per event.
        await using var command = await RawRows.CommandAsync(db,
            """
            SELECT LeadId, Id, Type, OccurredAt, CASE WHEN Type = 'PageVisit' THEN Url END, Disposition
            FROM EngagementEvents NOT INDEXED WHERE LeadId BETWEEN $first AND $last
            """, ct, ("$first", firstLeadId), ("$last", lastLeadId));
        return await ReadFactsAsync(command, ct);
    }

    /// <summary>
    /// The events of the given leads with an id above each lead's own (0 for all of them), through the (LeadId, ...) index:
    /// what a lead's stored engagement state has not folded in yet. Pairs passed as one JSON array.
    /// </summary>
    public static async Task<ILookup<int, EventFact>> FactsAsync(SdrDbContext db, IReadOnlyCollection<(int LeadId, long AfterId)> leads, CancellationToken ct)
    {
        await using var command = await RawRows.CommandAsync(db,
            """
            SELECT e.LeadId, e.Id, e.Type, e.OccurredAt, CASE WHEN e.Type = 'PageVisit' THEN e.Url END, e.Disposition
            FROM json_each($leads) j JOIN EngagementEvents e ON e.LeadId = j.value ->> 0 AND e.Id > j.value ->> 1
            """, ct, ("$leads", JsonSerializer.Serialize(leads.Select(l => new[] { l.LeadId, l.AfterId }))));
        return await ReadFactsAsync(command, ct);
    }

    private static async Task<ILookup<int, EventFact>> ReadFactsAsync(DbCommand command, CancellationToken ct)
    {
        var facts = new List<(int, EventFact)>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            facts.Add((r.GetInt32(0), new EventFact(r.GetInt64(1), new EngagementFact(RawRows.Enum<EngagementType>(r, 2), RawRows.Time(r, 3)!.Value,
                RawRows.Text(r, 4), RawRows.NullableEnum<DispositionCode>(r, 5)))));
        }
        return facts.ToLookup(f => f.Item1, f => f.Item2);
    }
}

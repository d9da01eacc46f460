using Microsoft.Data.Sqlite;
using SdrWorkspace.Bench.Harness;
using SdrWorkspace.Web.Features.Ingestion;

namespace SdrWorkspace.Bench.Benchmarks;

/// <summary>
/// The ingestion service itself (no HTTP): batches of 500 events for existing leads from several callers at
/// once, as the API's senders call it, through the one writer that groups them into transactions; idempotency
/// on (every event has a sender id), the touched leads re-scored in the same transaction.
/// Floor: a raw prepared INSERT of the same rows, one transaction per batch of 500.
/// </summary>
public static class IngestionBenchmark
{
    public const int BatchSize = 500;

    public static async Task RunAsync(AppServices app, string path, int eventsPerRun, int callers, int runs, Report report)
    {
        await using var connection = await Floors.OpenAsync(path);
        var emails = await EmailsAsync(connection);
        var ingestion = app.Get<IngestionWriter>();
        var appRates = new List<double>();
        var floorRates = new List<double>();
        var tag = DateTime.UtcNow.Ticks;
        for (var run = 0; run < runs; run++)
        {
            var batches = Batches(emails, eventsPerRun, $"bench-{tag}-{run}");
            var floor = await Sample.TimeAsync(1, _ => FloorAsync(connection, batches), warmup: 0);
            floorRates.Add(eventsPerRun / (floor.Median / 1000));
            var measured = await Sample.TimeAsync(1, async _ =>
            {
                var next = -1;
                var accepted = 0;
                await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
                {
                    for (var i = Interlocked.Increment(ref next); i < batches.Count; i = Interlocked.Increment(ref next))
                        Interlocked.Add(ref accepted, (await ingestion.WriteAsync([], batches[i], "bench", "API")).EventsAccepted);
                })));
                if (accepted != eventsPerRun)
                    throw new InvalidOperationException($"The writer accepted {accepted} of {eventsPerRun} events");
            }, warmup: 0);
            appRates.Add(eventsPerRun / (measured.Median / 1000));
        }
        var rate = new Sample(appRates);
        report.Add(new Result($"Ingestion service, in process, batches of {BatchSize}, {callers} callers", ">= 20,000 events/s", "events/s", rate,
            new Sample(floorRates), $"raw prepared INSERT of the same rows, a transaction per {BatchSize}", rate.Median >= 20_000,
            $"{eventsPerRun:N0} events per run") { HigherIsBetter = true });
    }

    public static async Task<List<string>> EmailsAsync(SqliteConnection connection)
    {
        var emails = new List<string>();
        await using var command = Floors.Prepare(connection, "SELECT Email FROM Leads ORDER BY Id", 0);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            emails.Add(reader.GetString(0));
        return emails;
    }

    /// <summary>Events as a marketing tool sends them: mostly opens, clicks and visits, spread over many leads.</summary>
    public static List<EventInput[]> Batches(IReadOnlyList<string> emails, int count, string idPrefix)
    {
        var random = new Random(count);
        string[] types = ["email_open", "email_open", "email_click", "page_visit", "content_download", "webinar_registered"];
        var now = DateTime.UtcNow;
        return Enumerable.Range(0, count)
            .Select(i => new EventInput($"{idPrefix}-{i}", emails[random.Next(emails.Count)], types[random.Next(types.Length)],
                now.AddMinutes(-random.Next(0, 60 * 24 * 30)).ToString("O"), i % 5 == 0 ? "https://vendor.example/pricing" : null))
            .Chunk(BatchSize)
            .ToList();
    }

    public static async Task FloorAsync(SqliteConnection connection, List<EventInput[]> batches)
    {
        await using var insert = Floors.Prepare(connection,
            "INSERT INTO EngagementEvents (LeadId, Type, OccurredAt, ExternalId, Url) VALUES ($1,$2,$3,$4,$5)", 5);
        var leadIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await using (var read = Floors.Prepare(connection, "SELECT Email, Id FROM Leads", 0))
        await using (var reader = await read.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                leadIds[reader.GetString(0)] = reader.GetInt32(1);
        foreach (var batch in batches)
        {
            await using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            foreach (var e in batch)
            {
                insert.Parameters[0].Value = leadIds[e.Email!];
                insert.Parameters[1].Value = "EmailOpen";
                insert.Parameters[2].Value = DateTime.Parse(e.OccurredAt!, null, System.Globalization.DateTimeStyles.RoundtripKind).ToUniversalTime();
                insert.Parameters[3].Value = "floor-" + e.EventId;
                insert.Parameters[4].Value = (object?)e.Url ?? DBNull.Value;
                await insert.ExecuteNonQueryAsync();
            }
            transaction.Commit();
        }
    }
}

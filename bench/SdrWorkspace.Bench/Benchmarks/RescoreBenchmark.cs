using SdrWorkspace.Bench.Generation;
using SdrWorkspace.Bench.Harness;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Web.Features.Scoring;

namespace SdrWorkspace.Bench.Benchmarks;

/// <summary>
/// A full re-score after a definition change: each run adopts a new version and times <see cref="LeadScoring.RescoreAllAsync"/>,
/// which scores from the stored engagement states without reading events. Two kinds of change: the fit share nudged, so
/// nearly every score moves and is written; and the priority bands' edges moved, which moves no score, so nothing is
/// written and the figure is the read and the scoring alone.
/// Floor: one prepared UPDATE of the same score columns of every lead, in one transaction.
/// </summary>
public static class RescoreBenchmark
{
    public static async Task RunAsync(AppServices app, string path, int runs, Report report)
    {
        var scoring = app.Get<LeadScoring>();
        var changed = new List<int>();
        var appTimes = new List<double>();
        var bandTimes = new List<double>();
        var floorTimes = new List<double>();
        await using var connection = await Floors.OpenAsync(path);
        var ids = new List<int>();
        await using (var read = Floors.Prepare(connection, "SELECT Id FROM Leads", 0))
        await using (var reader = await read.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                ids.Add(reader.GetInt32(0));

        for (var run = 0; run < runs; run++)
        {
            floorTimes.Add((await Sample.TimeAsync(1, _ => FloorAsync(connection, ids, run), warmup: 0)).Median);
            await AdoptNewVersionAsync(app, connection);
            appTimes.Add((await Sample.TimeAsync(1, async _ => changed.Add(await scoring.RescoreAllAsync()), warmup: 0)).Median);
            await AdoptNewVersionAsync(app, connection, MoveBandEdges, "Benchmark: band edges moved");
            bandTimes.Add((await Sample.TimeAsync(1, async _ => changed.Add(await scoring.RescoreAllAsync()), warmup: 0)).Median);
        }
        var measured = new Sample(appTimes);
        report.Add(new Result($"Full re-score of {ids.Count:N0} leads after a definition change", "< 2 s", "ms", measured,
            new Sample(floorTimes), $"raw prepared UPDATE of {ids.Count:N0} rows, one transaction", measured.Median < 2000,
            $"leads written per run: {string.Join(", ", changed.Where((_, i) => i % 2 == 0).Distinct())}"));
        var bands = new Sample(bandTimes);
        report.Add(new Result($"Full re-score of {ids.Count:N0} leads after a change that moves no score (priority band edges)", "< 2 s", "ms", bands,
            new Sample(floorTimes), $"raw prepared UPDATE of {ids.Count:N0} rows, one transaction", bands.Median < 2000,
            $"leads written per run: {string.Join(", ", changed.Where((_, i) => i % 2 == 1).Distinct())}"));
    }

    private static QualificationDefinition MoveBandEdges(QualificationDefinition d) =>
        d with { Priority = d.Priority with { Hot = d.Priority.Hot + (d.Version % 2 == 0 ? 1 : -1) } };

    private static QualificationDefinition NudgeFitShare(QualificationDefinition d) =>
        d with { FitShareOfScore = d.Version % 2 == 0 ? 0.5 : 0.55 };

    private static async Task FloorAsync(Microsoft.Data.Sqlite.SqliteConnection connection, List<int> ids, int run)
    {
        await using var transaction = connection.BeginTransaction();
        await using var update = Floors.Prepare(connection,
            "UPDATE Leads SET FitScore = $1, EngagementScore = $2, Score = $3, ScoredAt = $4, DefinitionVersion = $5, Revision = Revision + 1 WHERE Id = $6", 6);
        var now = DateTime.UtcNow;
        foreach (var id in ids)
        {
            update.Parameters[0].Value = (id + run) % 100;
            update.Parameters[1].Value = (id * 7 + run) % 100;
            update.Parameters[2].Value = (id * 3 + run) % 100;
            update.Parameters[3].Value = now;
            update.Parameters[4].Value = run;
            update.Parameters[5].Value = id;
            await update.ExecuteNonQueryAsync();
        }
        transaction.Commit();
    }

    /// <summary>What a definition change does to the store: a new version row, and the cache forgets the old one.</summary>
    public static Task AdoptNewVersionAsync(AppServices app, Microsoft.Data.Sqlite.SqliteConnection connection) =>
        AdoptNewVersionAsync(app, connection, NudgeFitShare, "Benchmark: fit share nudged");

    private static async Task AdoptNewVersionAsync(
        AppServices app, Microsoft.Data.Sqlite.SqliteConnection connection, Func<QualificationDefinition, QualificationDefinition> change, string reason)
    {
        var current = await app.Definitions.CurrentAsync();
        var next = change(current) with { Version = current.Version + 1 };
        await BenchDataGenerator.Insert(connection, "INSERT INTO DefinitionVersions (Version, Json, AdoptedAt, AdoptedBy, Reason) VALUES ($1,$2,$3,$4,$5)",
            [[next.Version, DefinitionJson.Serialize(next), DateTime.UtcNow, "bench", reason]]);
        app.Definitions.Invalidate();
    }
}

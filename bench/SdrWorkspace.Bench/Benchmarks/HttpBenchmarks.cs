using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using SdrWorkspace.Bench.Harness;

namespace SdrWorkspace.Bench.Benchmarks;

/// <summary>
/// Ingestion over HTTP against the real app: several senders post batches of 500 events (each with its
/// sender id, so idempotency is on) until the run's events are in. Floor: a raw prepared INSERT of the same
/// number of rows, a transaction per 500, measured just before each run on the same file.
/// </summary>
public static class HttpBenchmarks
{
    public const string DevelopmentKey = "dev-sdr-workspace-key-change-me";

    public static HttpClient Api(AppProcess app) =>
        new() { BaseAddress = app.BaseUrl, Timeout = TimeSpan.FromMinutes(2), DefaultRequestHeaders = { { "X-Api-Key", DevelopmentKey } } };

    public static async Task IngestionAsync(AppProcess app, string path, int eventsPerRun, int senders, int runs, Report report)
    {
        await using var connection = await Floors.OpenAsync(path);
        var emails = await IngestionBenchmark.EmailsAsync(connection);
        using var http = Api(app);
        var appRates = new List<double>();
        var floorRates = new List<double>();
        var tag = DateTime.UtcNow.Ticks;
        for (var run = 0; run < runs; run++)
        {
            var batches = IngestionBenchmark.Batches(emails, eventsPerRun, $"http-{tag}-{run}");
            var floor = await Sample.TimeAsync(1, _ => IngestionBenchmark.FloorAsync(connection, batches), warmup: 0);
            floorRates.Add(eventsPerRun / (floor.Median / 1000));

            var queue = new Queue<Harness.EventBatch>(batches.Select(b => new Harness.EventBatch(b)));
            var accepted = 0;
            var busy = 0;
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
            {
                while (true)
                {
                    Harness.EventBatch batch;
                    lock (queue)
                    {
                        if (!queue.TryDequeue(out batch!))
                            return;
                    }
                    var result = await SendAsync(http, batch, () => Interlocked.Increment(ref busy));
                    Interlocked.Add(ref accepted, result.GetProperty("accepted").GetInt32());
                }
            }));
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (accepted != eventsPerRun)
                throw new InvalidOperationException($"The app accepted {accepted} of {eventsPerRun} events");
            if (busy > 0)
                Console.WriteLine($"  run {run + 1}: {busy} batches answered 503 (busy) and were sent again after Retry-After");
            appRates.Add(eventsPerRun / seconds);
        }
        var rate = new Sample(appRates);
        report.Add(new Result($"Ingestion over HTTP, batches of {IngestionBenchmark.BatchSize}, {senders} senders, idempotency on", ">= 20,000 events/s",
            "events/s", rate, new Sample(floorRates), $"raw prepared INSERT of the same rows, a transaction per {IngestionBenchmark.BatchSize}",
            rate.Median >= 20_000, $"{eventsPerRun:N0} events per run, every one acknowledged as accepted") { HigherIsBetter = true });
    }

    /// <summary>
    /// Posts a batch as a sender does: a 503 (the database was busy, nothing written) is sent again after its
    /// Retry-After, which is safe because the batch is idempotent on its eventIds; anything else but success fails the run.
    /// </summary>
    private static async Task<JsonElement> SendAsync(HttpClient http, Harness.EventBatch batch, Action onBusy)
    {
        while (true)
        {
            using var response = await http.PostAsJsonAsync("/api/v1/events", batch);
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
            {
                onBusy();
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}

using System.Diagnostics;
using System.Net;
using SdrWorkspace.Bench.Circuits;
using SdrWorkspace.Bench.Harness;

namespace SdrWorkspace.Bench.Benchmarks;

/// <summary>
/// Many SDRs with the queue open, without a browser per circuit: a load client that speaks the circuit protocol
/// (<see cref="CircuitClient"/>) opens the queue pages, holds them idle and reads the app's managed heap per circuit,
/// then has some of them click rows once a second and times each click until the render batch that shows the row
/// selected arrives (what a browser would paint, less the paint).
/// </summary>
public static class CircuitBenchmarks
{
    /// <summary>
    /// Opens <paramref name="circuits"/> queue circuits (spread over the dataset's SDRs, each signed in once), holds
    /// them idle and measures; returns them open, for <see cref="ClicksAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyList<CircuitClient>> IdleAsync(AppProcess app, int circuits, Report report)
    {
        var emails = new[] { "sdr@demo.local" }.Concat(Enumerable.Range(1, 45).Select(i => $"sdr{i:00}@bench.local")).ToArray();
        var users = new List<CookieContainer>();
        foreach (var email in emails)
            users.Add(await CircuitClient.SignInAsync(app.BaseUrl, email, Generation.BenchDataGenerator.Password));

        // A few first, so the heap before holds what any circuit warms up (caches, pools, the JIT's code).
        var open = new List<CircuitClient>();
        for (var i = 0; i < 3; i++)
            open.Add(await CircuitClient.OpenAsync(app.BaseUrl, users[i % users.Count]));
        var before = await app.ManagedHeapAfterFullCollectionAsync();
        var residentBefore = app.ResidentBytes();

        var opened = Stopwatch.StartNew();
        var openTimes = new List<double>();
        string? failure = null;
        // Four at a time: people arrive in the morning, not all in one instant.
        var next = 0;
        var tasks = Enumerable.Range(0, 4).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= circuits && failure is null)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var client = await CircuitClient.OpenAsync(app.BaseUrl, users[Random.Shared.Next(users.Count)]);
                    lock (open)
                    {
                        open.Add(client);
                        openTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        if (open.Count % 250 == 0)
                            Console.WriteLine($"    {open.Count} circuits open ({opened.Elapsed.TotalSeconds:0} s)");
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException
                                            or System.Net.WebSockets.WebSocketException or IOException)
                {
                    failure = $"opening circuit {open.Count + 1} failed: {e.Message}";
                }
            }
        });
        await Task.WhenAll(tasks);
        if (failure is not null)
            Console.WriteLine($"    {failure}");
        var held = open.Count - 3;
        // Idle: the renders of opening are done and acknowledged; what is left is what a circuit holds.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var after = await app.ManagedHeapAfterFullCollectionAsync();
        var perCircuitKb = (after - before) / 1024.0 / held;
        var residentPerCircuitKb = (app.ResidentBytes() - residentBefore) / 1024.0 / held;
        var broken = open.Count(c => c.Error is not null);
        if (open.FirstOrDefault(c => c.Error is not null) is { } first)
            Console.WriteLine($"    a circuit's error: {first.Error}");
        report.Add(new Result($"Idle queue circuits held: {open.Count:N0} open at once (protocol client)", ">= 2,000, < 300 KB each", "KB/circuit",
            new Sample([perCircuitKb]), null, "", perCircuitKb < 300 && open.Count >= 2000,
            $"managed heap after a full collection grew {perCircuitKb:0} KB per circuit over {held:N0} circuits "
            + $"({before / 1048576.0:0} MB to {after / 1048576.0:0} MB; resident memory grew {residentPerCircuitKb:0} KB per circuit); "
            + $"opening one took {new Sample(openTimes).Median:0} ms median, {new Sample(openTimes).P95:0} ms p95, four at a time"
            + (broken > 0 ? $"; {broken} circuits reported an error" : "") + (failure is null ? "" : $"; {failure}")));
        // BENCH_HOLD_IDLE_SECONDS=N keeps them idle a while longer, to take a heap dump of the app (dotnet-gcdump).
        if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_HOLD_IDLE_SECONDS"), out var hold))
        {
            Console.WriteLine($"    holding {open.Count} idle circuits for {hold} s (app pid {app.Pid})");
            await Task.Delay(TimeSpan.FromSeconds(hold));
        }
        return open;
    }

    /// <summary>
    /// <paramref name="users"/> of the open circuits click a row once a second each, alternating between two rows so
    /// that every click changes the selection, while the rest stay idle. Floor: one circuit clicking alone just before.
    /// </summary>
    public static async Task ClicksAsync(IReadOnlyList<CircuitClient> circuits, int users, int clicksPerUser, Report report)
    {
        var limit = TimeSpan.FromSeconds(10);
        async Task<List<double>> ClickAsync(CircuitClient circuit, int count, bool paced)
        {
            var times = new List<double>(count);
            // Spread the users' first clicks over the first second, as people do not click in step.
            if (paced)
                await Task.Delay(Random.Shared.Next(1000));
            for (var i = 0; i < count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                times.Add(await circuit.ClickRowAsync(1 + i % 2, limit) ?? limit.TotalMilliseconds);
                var rest = TimeSpan.FromSeconds(1) - Stopwatch.GetElapsedTime(started);
                if (paced && rest > TimeSpan.Zero)
                    await Task.Delay(rest);
            }
            return times;
        }

        var alone = new Sample(await ClickAsync(circuits[0], clicksPerUser, paced: true));
        var clicking = circuits.Skip(1).Take(users).ToList();
        var results = await Task.WhenAll(clicking.Select(c => ClickAsync(c, clicksPerUser, paced: true)));
        var sample = new Sample(results.SelectMany(r => r));
        var unanswered = results.Sum(r => r.Count(t => t >= limit.TotalMilliseconds));
        report.Add(new Result($"Click to rendered update, {clicking.Count} users clicking once a second among {circuits.Count:N0} open circuits (protocol client)",
            "p95 < 100 ms (200 users)", "ms", sample, alone, "one user clicking alone", sample.P95 < 100 && clicking.Count >= 200,
            $"{sample.Count:N0} clicks, timed from dispatching the click to the render batch that shows the row selected (the browser's paint not included); "
            + $"{unanswered} unanswered within {limit.TotalSeconds:0} s (counted as {limit.TotalMilliseconds:N0} ms)"));
    }
}

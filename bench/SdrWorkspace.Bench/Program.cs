using SdrWorkspace.Bench.Benchmarks;
using SdrWorkspace.Bench.Generation;
using SdrWorkspace.Bench.Harness;

// Runs every benchmark against a freshly generated large dataset and prints one table.
// Usage: bench/run.sh [--leads N] [--runs N] [--db path] [--reuse] [--circuits N] [--clicking N]
//                     [--only rescore,ingest,queue,lead,search,funnel,dashboard,whatif,http,browser,circuits]
var options = BenchOptions.Parse(args);
Console.WriteLine($"Machine: {Report.Machine()}");

var size = DatasetSize.Full with
{
    Leads = options.Leads,
    Accounts = Math.Max(10, options.Leads / 20),
    Events = options.Leads * 10,
};
GeneratedData data;
if (options.Reuse && File.Exists(options.DatabasePath))
{
    data = await BenchDataGenerator.DescribeAsync(options.DatabasePath, size);
    Console.WriteLine($"Reusing {options.DatabasePath}");
}
else
{
    Console.WriteLine($"Generating {size.Leads:N0} leads, {size.Accounts:N0} accounts, {size.Events:N0} events, {size.Sdrs} SDRs into {options.DatabasePath}...");
    data = await BenchDataGenerator.GenerateAsync(options.DatabasePath, size, DateTime.UtcNow);
    Console.WriteLine($"  generated in {data.Elapsed.TotalSeconds:0.0} s ({data.StageChanges:N0} stage changes, {data.Touches:N0} touches)");
}

var report = new Report();
await using (var app = new AppServices(options.DatabasePath))
{
    if (!options.Reuse)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var scored = await app.Get<SdrWorkspace.Web.Features.Scoring.LeadScoring>().RescoreAllAsync();
        Console.WriteLine($"  first scoring of the generated leads (engagement states built): {scored:N0} scores changed in {started.Elapsed.TotalSeconds:0.0} s");
    }
    if (options.Runs("rescore"))
        await RescoreBenchmark.RunAsync(app, options.DatabasePath, options.Repeats, report);
    if (options.Runs("ingest"))
        await IngestionBenchmark.RunAsync(app, options.DatabasePath, 20_000, callers: 4, options.Repeats, report);
    if (options.Runs("queue"))
        await ReadBenchmarks.QueueAsync(app, options.DatabasePath, data.SdrIds, 400, report);
    if (options.Runs("lead"))
        await ReadBenchmarks.LeadPageAsync(app, options.DatabasePath, 300, report);
    if (options.Runs("search"))
        await ReadBenchmarks.SearchAsync(app, options.DatabasePath, 400, report);
    if (options.Runs("funnel"))
        await ReadBenchmarks.FunnelAsync(app, options.DatabasePath, options.Repeats, report);
    if (options.Runs("dashboard"))
        await DashboardBenchmark.RunAsync(app, options.DatabasePath, data.SdrIds, options.Repeats, report);
    if (options.Runs("whatif"))
        await WhatIfBenchmark.RunAsync(app, options.DatabasePath, options.Repeats, report);
}

if (options.Runs("http") || options.Runs("browser") || options.Runs("circuits"))
{
    await using var server = await AppProcess.StartAsync(options.DatabasePath);
    Console.WriteLine($"  app started on {server.BaseUrl} (pid {server.Pid}), serving");
    if (options.Runs("http"))
        await HttpBenchmarks.IngestionAsync(server, options.DatabasePath, 50_000, senders: 4, options.Repeats, report);
    if (options.Runs("browser"))
    {
        await using var browser = await BrowserBenchmarks.StartAsync(server);
        await browser.EventToVisibleAsync(options.DatabasePath, 10, report);
    }
    if (options.Runs("circuits"))
    {
        var circuits = await CircuitBenchmarks.IdleAsync(server, options.Circuits, report);
        await CircuitBenchmarks.ClicksAsync(circuits, Math.Min(options.Clicking, circuits.Count - 1), clicksPerUser: 20, report);
        await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask()));
    }
}

Console.WriteLine();
Console.WriteLine($"Dataset: {size.Leads:N0} leads, {size.Accounts:N0} accounts, {size.Events:N0} events, {size.Sdrs} SDRs. Machine: {Report.Machine()}");
Console.WriteLine();
Console.WriteLine(report.Table());

internal sealed record BenchOptions(int Leads, int Repeats, string DatabasePath, bool Reuse, IReadOnlySet<string>? Only, int Circuits, int Clicking)
{
    public bool Runs(string name) => Only is null || Only.Contains(name);

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            int.Parse(Value("--leads") ?? "100000", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--runs") ?? "7", System.Globalization.CultureInfo.InvariantCulture),
            Value("--db") ?? Path.Combine(Path.GetTempPath(), "sdr-bench", "bench.db"),
            args.Contains("--reuse"),
            Value("--only")?.Split(',').ToHashSet(),
            int.Parse(Value("--circuits") ?? "2000", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--clicking") ?? "200", System.Globalization.CultureInfo.InvariantCulture));
    }
}

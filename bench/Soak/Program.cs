using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

// Soak: browser sessions sit on the SDR queue (real Chromium, real Blazor circuits) and keep working it
// while an ingestion sender posts event batches, for a set time. Prints errors and the server's memory
// each minute. Usage: Soak --url http://127.0.0.1:5000 --pid <server pid> [--minutes 10] [--sessions 12]
var options = Options.Parse(args);
var sdrs = new[] { "sdr@demo.local", "alex.chen@demo.local", "priya.patel@demo.local", "jordan.blake@demo.local", "maria.gomez@demo.local" };
var counters = new Counters();
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(options.Minutes));

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});

Console.WriteLine($"soak: {options.Sessions} queue sessions, ingestion, {options.Minutes} min against {options.Url}");
var sessions = Enumerable.Range(0, options.Sessions).Select(i => Task.Run(() => QueueSessionAsync(sdrs[i % sdrs.Length], i))).ToList();
var ingestion = Task.Run(IngestAsync);
var samples = new List<(int Minute, double RssMb)>();
for (var minute = 0; !stop.IsCancellationRequested; minute++)
{
    var rss = RssMegabytes(options.Pid);
    samples.Add((minute, rss));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"min {minute,2}  server RSS {rss,7:F1} MB  queue actions {counters.Actions,6}  batches {counters.Batches,5} ({counters.Events,7} events)  errors {counters.Errors}"));
    try { await Task.Delay(TimeSpan.FromMinutes(1), stop.Token); } catch (OperationCanceledException) { }
}
await Task.WhenAll(sessions.Append(ingestion));
samples.Add((options.Minutes, RssMegabytes(options.Pid)));

var warm = samples.First(s => s.Minute >= Math.Min(2, options.Minutes));
var end = samples[^1];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"done: {counters.Actions} queue actions, {counters.Batches} batches ({counters.Events} events), {counters.Errors} errors; "
    + $"server RSS after warm-up (min {warm.Minute}) {warm.RssMb:F1} MB, at end {end.RssMb:F1} MB ({(end.RssMb - warm.RssMb) / warm.RssMb:+0.0%;-0.0%}), peak {samples.Max(s => s.RssMb):F1} MB"));
foreach (var error in counters.ErrorSamples.Take(20))
    Console.WriteLine("  error: " + error);
return counters.Errors == 0 ? 0 : 1;

async Task QueueSessionAsync(string email, int index)
{
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = options.Url });
    context.SetDefaultTimeout(60_000);
    var page = await context.NewPageAsync();
    page.PageError += (_, e) => counters.Error($"session {index} page error: {e}");
    page.Response += (_, r) => { if (r.Status >= 500) counters.Error($"session {index} {r.Status} {r.Url}"); };
    try
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Demo-Passw0rd!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/queue", StringComparison.Ordinal));
        var random = new Random(index);
        for (var step = 0; !stop.IsCancellationRequested; step++)
        {
            await page.Locator("main[data-interactive='true']").WaitForAsync();
            if (step % 10 == 9)
                await page.ReloadAsync(); // a new circuit now and then, as people reload
            else
            {
                await page.Locator(".queue").FocusAsync();
                await page.Keyboard.PressAsync(random.Next(2) == 0 ? "j" : "k");
            }
            counters.Action();
            await Task.Delay(TimeSpan.FromSeconds(2 + random.Next(4)), stop.Token);
        }
    }
    catch (OperationCanceledException) { }
    catch (Exception e) when (!stop.IsCancellationRequested)
    {
        counters.Error($"session {index}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
    }
    finally
    {
        await context.CloseAsync();
    }
}

async Task IngestAsync()
{
    using var api = new HttpClient { BaseAddress = new Uri(options.Url), DefaultRequestHeaders = { { "X-Api-Key", "dev-sdr-workspace-key-change-me" } } };
    var emails = new List<string>();
    for (var (page, after) = (0, 0); page < 5; page++)
    {
        var leads = (await api.GetFromJsonAsync<JsonElement[]>($"/api/v1/leads?limit=100&afterId={after}"))!;
        emails.AddRange(leads.Select(l => l.GetProperty("email").GetString()!));
        after = leads[^1].GetProperty("id").GetInt32();
    }
    var types = new[] { "email_open", "email_open", "email_open", "email_click", "page_visit", "content_download", "webinar_attended", "demo_request" };
    var random = new Random(7);
    for (var batch = 0; !stop.IsCancellationRequested; batch++)
    {
        var events = Enumerable.Range(0, 100).Select(i => new
        {
            eventId = $"soak-{Environment.ProcessId}-{batch}-{i}",
            // Mostly known leads, some new ones, as a marketing tool sends them.
            email = i % 20 == 0 ? $"soak-{batch}-{i}@soak.test" : emails[random.Next(emails.Count)],
            type = types[random.Next(types.Length)],
            occurredAt = DateTime.UtcNow.AddMinutes(-random.Next(60)).ToString("O"),
        }).ToArray();
        try
        {
            using var response = await api.PostAsJsonAsync("/api/v1/events", new { events }, stop.Token);
            if (response.IsSuccessStatusCode)
                counters.Batch(events.Length);
            else
                counters.Error($"ingestion {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(1000, stop.Token);
        }
        catch (OperationCanceledException) { }
    }
}

static double RssMegabytes(int pid)
{
    var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}

sealed record Options(string Url, int Pid, int Minutes, int Sessions)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string? fallback) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"{name} is required");
        return new Options(Value("--url", null), int.Parse(Value("--pid", null), CultureInfo.InvariantCulture),
            int.Parse(Value("--minutes", "10"), CultureInfo.InvariantCulture), int.Parse(Value("--sessions", "12"), CultureInfo.InvariantCulture));
    }
}

sealed class Counters
{
    private long _actions, _batches, _events, _errors;
    public readonly System.Collections.Concurrent.ConcurrentQueue<string> ErrorSamples = new();
    public long Actions => Interlocked.Read(ref _actions);
    public long Batches => Interlocked.Read(ref _batches);
    public long Events => Interlocked.Read(ref _events);
    public long Errors => Interlocked.Read(ref _errors);
    public void Action() => Interlocked.Increment(ref _actions);
    public void Batch(int events) { Interlocked.Increment(ref _batches); Interlocked.Add(ref _events, events); }
    public void Error(string what) { Interlocked.Increment(ref _errors); ErrorSamples.Enqueue(what); }
}

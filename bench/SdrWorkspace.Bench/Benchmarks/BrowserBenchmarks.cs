using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SdrWorkspace.Bench.Harness;

namespace SdrWorkspace.Bench.Benchmarks;

/// <summary>
/// What a user sees, measured in real headless Chromium against the real app: an event posted to the API
/// reaching an open queue page; server memory per idle queue circuit; click-to-update latency while many
/// users click at once.
/// </summary>
public sealed class BrowserBenchmarks : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--renderer-process-limit=8",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly AppProcess _app;

    private BrowserBenchmarks(IPlaywright playwright, IBrowser browser, AppProcess app)
    {
        _playwright = playwright;
        _browser = browser;
        _app = app;
    }

    public static async Task<BrowserBenchmarks> StartAsync(AppProcess app)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        return new BrowserBenchmarks(playwright, browser, app);
    }

    /// <summary>A signed-in SDR's browser (one login, shared by its tabs as a real user's tabs share a cookie).</summary>
    private async Task<IBrowserContext> SignedInAsync(string email)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl.ToString() });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Generation.BenchDataGenerator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        await page.CloseAsync();
        return context;
    }

    private static async Task<IPage> OpenQueueAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/queue");
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await page.GetByTestId("queue-row").First.WaitForAsync();
        return page;
    }

    /// <summary>
    /// Posts a demo request for one of the SDR's quiet leads (in the score tier, below the open page) and times
    /// until its row shows in the page's speed-to-lead group: stored, re-scored, moved, pushed and re-rendered.
    /// Floor: the API call alone (which includes the re-score).
    /// </summary>
    public async Task EventToVisibleAsync(string path, int runs, Report report)
    {
        // An SDR of the team picked at random, so hand-raises posted by an earlier run on the same file (their
        // SLAs still running) do not fill this SDR's first page.
        var sdr = $"sdr{Random.Shared.Next(1, 46):00}@bench.local";
        await using var context = await SignedInAsync(sdr);
        var page = await OpenQueueAsync(context);
        using var api = HttpBenchmarks.Api(_app);
        var visible = new List<double>();
        var posted = new List<double>();
        foreach (var (leadId, email) in await QuietLeadsAsync(path, sdr, runs))
        {
            const string shown = "id => document.querySelector(`tr.tier-speedtolead a[href='leads/${id}']`) !== null";
            if (await page.EvaluateAsync<bool>(shown, leadId))
                throw new InvalidOperationException($"Lead {leadId} is already in the speed-to-lead group");
            var batch = new { events = new[] { new { eventId = $"visible-{Guid.NewGuid()}", email, type = "demo_request", occurredAt = DateTime.UtcNow.ToString("O") } } };

            var started = Stopwatch.GetTimestamp();
            using (var response = await api.PostAsJsonAsync("/api/v1/events", batch))
                response.EnsureSuccessStatusCode();
            posted.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await page.WaitForFunctionAsync(shown, leadId, new() { PollingInterval = 5, Timeout = 30_000 });
            visible.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var sample = new Sample(visible);
        report.Add(new Result("Event to visible: demo request posted to the API until the lead shows re-ranked on the open queue page", "< 1 s", "ms",
            sample, new Sample(posted), "the API call alone (re-score included)", sample.P95 < 1000,
            "includes the queue page's deliberate 200 ms coalescing of change bursts"));
    }

    /// <summary>Workable leads of the SDR with no hand-raise, nothing due and no pause: the score tier.</summary>
    private static async Task<List<(int Id, string Email)>> QuietLeadsAsync(string path, string sdr, int count)
    {
        await using var connection = await Floors.OpenAsync(path);
        await using var command = Floors.Prepare(connection,
            """
            SELECT l.Id, l.Email FROM Leads l JOIN AspNetUsers u ON u.Id = l.OwnerId
            WHERE u.Email = $2 AND l.Stage IN ('Lead', 'MQL', 'SAL') AND l.DoNotContact = 0
              AND l.LastHighIntentAt IS NULL AND l.NextActionAt IS NULL AND l.CadencePausedUntil IS NULL
            ORDER BY l.Score, l.Id LIMIT $1
            """, 2);
        command.Parameters[0].Value = count;
        command.Parameters[1].Value = sdr;
        var leads = new List<(int, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            leads.Add((reader.GetInt32(0), reader.GetString(1)));
        return leads;
    }

    /// <summary>
    /// Opens queue pages (each a circuit) and leaves them idle; server memory per circuit is the growth of the
    /// app's managed heap over them, each side measured right after a full collection.
    /// </summary>
    public async Task<IReadOnlyList<IPage>> CircuitsAsync(int circuits, Report report)
    {
        var context = await SignedInAsync("sdr@demo.local");
        var pages = new List<IPage>();
        for (var i = 0; i < 3; i++)
            pages.Add(await OpenQueueAsync(context));
        var before = await _app.ManagedHeapAfterFullCollectionAsync();
        var residentBefore = _app.ResidentBytes();
        var opened = Stopwatch.StartNew();
        for (var i = 0; i < circuits; i++)
            pages.Add(await OpenQueueAsync(context));
        var openMs = opened.Elapsed.TotalMilliseconds / circuits;
        await Task.Delay(10_000);
        var perCircuitKb = (await _app.ManagedHeapAfterFullCollectionAsync() - before) / 1024.0 / circuits;
        var residentPerCircuitKb = (_app.ResidentBytes() - residentBefore) / 1024.0 / circuits;
        report.Add(new Result($"Idle queue circuits held: {pages.Count} open at once", ">= 2,000, < 300 KB each", "KB/circuit",
            // The memory target can fail here; the count can only be met by opening 2,000.
            new Sample([perCircuitKb]), null, "", perCircuitKb >= 300 ? false : pages.Count >= 2000 ? true : null,
            $"managed heap after a full collection grew {perCircuitKb:0} KB per circuit over {circuits} circuits (resident memory: {residentPerCircuitKb:0} KB, "
            + $"which the collector's retained memory makes noisy); opening one took {openMs:0} ms on average; "
            + "2,000 browser tabs do not fit this machine, so the count is what was opened, not the server's limit"));
        return pages;
    }

    /// <summary>
    /// Every open page clicks rows at once (a click every <paramref name="thinkMs"/> per user); each click is
    /// timed in the page from the click to the row's re-rendered selection.
    /// </summary>
    public static async Task InteractionAsync(IReadOnlyList<IPage> pages, int clicksPerUser, int thinkMs, Report report)
    {
        const string script =
            """
            async ([count, thinkMs]) => {
              const rows = () => Array.from(document.querySelectorAll('[data-testid=queue-row]'));
              const times = [];
              for (let i = 0; i < count; i++) {
                const target = rows()[1 + (i % 2)];
                const t0 = performance.now();
                const done = new Promise(resolve => {
                  const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, 10000);
                  const observer = new MutationObserver(() => {
                    if (target.classList.contains('selected')) { clearTimeout(timer); observer.disconnect(); resolve(true); }
                  });
                  observer.observe(target, { attributes: true });
                });
                target.click();
                times.push((await done) ? performance.now() - t0 : 10000);
                await new Promise(r => setTimeout(r, thinkMs));
              }
              return times;
            }
            """;
        // Floor: the same clicks by one user alone, on the same machine, just before.
        var alone = new Sample(await pages[0].EvaluateAsync<double[]>(script, new object[] { clicksPerUser, thinkMs }));
        var results = await Task.WhenAll(pages.Select(p => p.EvaluateAsync<double[]>(script, new object[] { clicksPerUser, thinkMs })));
        var sample = new Sample(results.SelectMany(r => r));
        report.Add(new Result($"Click to rendered update, {pages.Count} users clicking at once", "p95 < 100 ms (200 users)", "ms", sample, alone,
            "one user clicking alone", sample.P95 < 100,
            $"{sample.Count} clicks, one per user every {thinkMs} ms plus the update; 10,000 ms counts a click never answered"));
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

using System.Diagnostics;
using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SdrWorkspace.Bench.Harness;

/// <summary>
/// The real app, started from its Release build as its own process on Kestrel over the benchmark's
/// database (Development, for the development API key; no demo data). It counts as started once it answers
/// <c>/health</c>: the app serves at once, whatever work it does in the background.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>BENCH_APP_X=value in the harness's environment sets X for the app (and for the in-process services).</summary>
    public const string SettingsPrefix = "BENCH_APP_";
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int Pid => _process.Id;

    public static async Task<AppProcess> StartAsync(string databasePath)
    {
        var repository = RepositoryRoot();
        var project = Path.Combine(repository, "src", "SdrWorkspace.Web");
        var executable = Path.Combine(project, "bin", "Release", "net10.0", "SdrWorkspace.Web");
        if (!File.Exists(executable))
            throw new InvalidOperationException($"Build the app in Release first: dotnet build src/SdrWorkspace.Web -c Release ({executable} is missing)");
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseUrl.ToString();
        start.Environment["ConnectionStrings__SdrWorkspace"] = $"Data Source={databasePath}";
        start.Environment["DemoData__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // BENCH_APP_X=value sets X for the app, e.g. BENCH_APP_DOTNET_gcServer=0 to compare garbage collectors.
        foreach (var (name, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                     .Select(e => ((string)e.Key, (string?)e.Value)).Where(e => e.Item1.StartsWith(SettingsPrefix, StringComparison.Ordinal)))
            start.Environment[name[SettingsPrefix.Length..]] = value;

        var process = Process.Start(start)!;
        var app = new AppProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync(TimeSpan.FromMinutes(5));
        return app;
    }

    /// <summary>The server's resident memory, from the kernel's accounting of the process.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>
    /// The app's managed heap right after a full, blocking collection, as the runtime's own GC statistics report it
    /// (a diagnostics session that enables the GC-heap-collect keyword makes the runtime run one). Resident memory
    /// is no measure at this scale: the collector keeps freed memory committed and returns it when it likes.
    /// </summary>
    public async Task<long> ManagedHeapAfterFullCollectionAsync()
    {
        const long gc = 0x1, gcHeapCollect = 0x800000;
        var client = new DiagnosticsClient(Pid);
        using var session = client.StartEventPipeSession(
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, gc | gcHeapCollect), requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        long heap = -1;
        source.Clr.GCHeapStats += e => Interlocked.Exchange(ref heap,
            e.GenerationSize0 + e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4);
        var reading = Task.Run(source.Process);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Interlocked.Read(ref heap) < 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        await Task.Delay(1000);
        await session.StopAsync(CancellationToken.None);
        await reading;
        return heap >= 0 ? heap : throw new TimeoutException("The app reported no garbage collection");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + limit;
        while (!await AnswersHealthyAsync(http))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The app did not answer /health within {limit}:\n{Output}");
            await Task.Delay(100);
        }
    }

    private static async Task<bool> AnswersHealthyAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/health");
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Not listening yet, or too busy starting to answer.
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SdrWorkspace.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("SdrWorkspace.sln not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

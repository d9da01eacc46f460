using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace SdrWorkspace.E2E.Infrastructure;

/// <summary>
/// The real app, started as its own process on Kestrel over a fresh SQLite file with the demo data,
/// exactly as the README's run command starts it (Development environment).
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly ProcessStartInfo _start;
    private readonly string _dataFolder;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private AppServer(ProcessStartInfo start, string dataFolder, Uri baseUrl)
    {
        _start = start;
        _dataFolder = dataFolder;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>The app's SQLite file, for checks made directly against what is on disk.</summary>
    public string DatabasePath => Path.Combine(_dataFolder, "e2e.db");

    /// <summary>The server process's id, for reading its memory.</summary>
    public int ProcessId => _process!.Id;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <param name="settings">Extra configuration as environment variables (e.g. <c>DemoData__Leads</c>).</param>
    /// <param name="connectionOptions">Added to the SQLite connection string (e.g. <c>Default Timeout=1</c>).</param>
    public static async Task<AppServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? connectionOptions = null)
    {
        var repository = RepositoryRoot();
        var configuration = typeof(AppServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var projectFolder = Path.Combine(repository, "src", "SdrWorkspace.Web");
        var executable = Directory.GetFiles(Path.Combine(projectFolder, "bin", configuration), "SdrWorkspace.Web", SearchOption.AllDirectories)
            .FirstOrDefault() ?? throw new InvalidOperationException($"Build the web project ({configuration}) before the browser tests.");

        var dataFolder = Directory.CreateTempSubdirectory("sdr-e2e-").FullName;
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = baseUrl.ToString();
        start.Environment["ConnectionStrings__SdrWorkspace"] = $"Data Source={Path.Combine(dataFolder, "e2e.db")}"
            + (string.IsNullOrEmpty(connectionOptions) ? "" : $";{connectionOptions}");
        start.Environment["DemoData__Enabled"] = "true";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var server = new AppServer(start, dataFolder, baseUrl);
        await server.RunAsync();
        return server;
    }

    /// <summary>
    /// Ends the process the way a crash or an OOM killer does: SIGKILL (what Process.Kill sends on Linux), so
    /// no shutdown code runs and nothing is flushed.
    /// </summary>
    public async Task KillAsync()
    {
        _process!.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Runs the app's executable once more with the same settings and the given arguments (a command such as backup), to its end.</summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(_start.FileName)
        {
            WorkingDirectory = _start.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in _start.Environment)
            start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The command did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Starts the app again on the same database file and address, as a supervisor restarting it would.</summary>
    public Task RestartAsync() => RunAsync();

    private async Task RunAsync()
    {
        _process?.Dispose();
        _process = Process.Start(_start) ?? throw new InvalidOperationException("The app did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy seeding.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app was not healthy within {limit}:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
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
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS.
        }
    }
}

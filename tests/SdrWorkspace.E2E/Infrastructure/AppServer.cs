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
    private readonly Process _process;
    private readonly string _dataFolder;
    private readonly StringBuilder _output = new();

    private AppServer(Process process, string dataFolder, Uri baseUrl)
    {
        _process = process;
        _dataFolder = dataFolder;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static async Task<AppServer> StartAsync()
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
        start.Environment["ConnectionStrings__SdrWorkspace"] = $"Data Source={Path.Combine(dataFolder, "e2e.db")}";
        start.Environment["DemoData__Enabled"] = "true";

        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        var server = new AppServer(process, dataFolder, baseUrl);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
        return server;
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
            if (_process.HasExited)
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
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
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

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SdrWorkspace.E2E.Infrastructure;

namespace SdrWorkspace.E2E;

/// <summary>
/// The documented backup command, run against the live app while it takes writes, gives a file the app
/// can be started on again, with everything acknowledged before the backup began.
/// </summary>
public sealed class BackupTests : IAsyncLifetime
{
    private const int BatchSize = 20;
    private static readonly Dictionary<string, string> SmallDemo = new() { ["DemoData__Leads"] = "300", ["DemoData__Accounts"] = "40" };

    private readonly string _backupFolder = Directory.CreateTempSubdirectory("sdr-backup-").FullName;
    private AppServer _server = default!;

    public async Task InitializeAsync() => _server = await AppServer.StartAsync(SmallDemo);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_backupFolder, recursive: true);
    }

    [Fact]
    public async Task ABackupTakenDuringWritesRestoresWithEveryBatchAcknowledgedBeforeIt()
    {
        using var api = Api(_server);
        var acknowledged = new ConcurrentDictionary<int, byte>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var batch = 0; !stop.IsCancellationRequested; batch++)
            {
                using var response = await api.PostAsJsonAsync("/api/v1/events", Batch(batch));
                if (response.StatusCode == HttpStatusCode.OK)
                    acknowledged[batch] = 0;
            }
        });
        while (acknowledged.Count < 5)
            await Task.Delay(20);

        var before = acknowledged.Keys.ToList();
        var backup = Path.Combine(_backupFolder, "sdrworkspace-backup.db");
        var (exitCode, output) = await _server.RunCommandAsync("backup", backup);
        var duringBackup = acknowledged.Count;
        await stop.CancelAsync();
        await writer;

        Assert.True(exitCode == 0, output);
        Assert.Contains("integrity check: ok", output);
        Assert.True(duringBackup > before.Count, "the app took no writes while the backup ran");
        var restored = Path.Combine(_backupFolder, "restored.db");
        File.Copy(backup, restored);
        await using var restoredServer = await AppServer.StartAsync(new Dictionary<string, string>(SmallDemo)
        {
            ["ConnectionStrings__SdrWorkspace"] = $"Data Source={restored}",
        });
        using var restoredApi = Api(restoredServer);
        var counts = EventCounts(restored);
        Assert.All(before, b => Assert.Equal(BatchSize, counts.GetValueOrDefault(b)));
        // Batches caught in the backup's snapshot are whole or absent, never in part.
        Assert.All(counts.Values, c => Assert.Equal(BatchSize, c));
        var lead = await restoredApi.GetFromJsonAsync<JsonElement[]>($"/api/v1/leads?email=backup-{before[0]}@backup.test");
        Assert.Single(lead!);
        var demoLeads = await restoredApi.GetFromJsonAsync<JsonElement[]>("/api/v1/leads?limit=100");
        Assert.Equal(100, demoLeads!.Length);
    }

    [Fact]
    public async Task ABackupNeverOverwritesAFileAndSaysHowToCallIt()
    {
        var target = Path.Combine(_backupFolder, "once.db");

        var first = await _server.RunCommandAsync("backup", target);
        var sizeAfterFirst = new FileInfo(target).Length;
        var second = await _server.RunCommandAsync("backup", target);
        var withoutFile = await _server.RunCommandAsync("backup");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", second.Output);
        Assert.Equal(sizeAfterFirst, new FileInfo(target).Length);
        Assert.Equal(2, withoutFile.ExitCode);
        Assert.Contains("Usage: SdrWorkspace.Web backup <file>", withoutFile.Output);
    }

    private static HttpClient Api(AppServer server) =>
        new() { BaseAddress = server.BaseUrl, DefaultRequestHeaders = { { "X-Api-Key", IngestionApi.DevelopmentKey } } };

    private static object Batch(int batch) => new
    {
        events = Enumerable.Range(0, BatchSize).Select(i => new
        {
            eventId = $"backup-{batch}-{i}",
            email = $"backup-{batch}@backup.test",
            type = "email_click",
            occurredAt = DateTime.UtcNow.AddMinutes(-5).ToString("O"),
        }).ToArray(),
    };

    private static Dictionary<int, int> EventCounts(string file)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        using var query = db.CreateCommand();
        query.CommandText = "SELECT ExternalId FROM EngagementEvents WHERE ExternalId LIKE 'backup-%'";
        using var reader = query.ExecuteReader();
        var counts = new Dictionary<int, int>();
        while (reader.Read())
        {
            var batch = int.Parse(reader.GetString(0).Split('-')[1]);
            counts[batch] = counts.GetValueOrDefault(batch) + 1;
        }
        return counts;
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SdrWorkspace.E2E.Infrastructure;

namespace SdrWorkspace.E2E;

/// <summary>
/// The server process is killed (SIGKILL) while event batches and lead saves are in flight, then started
/// again on the same file: everything the app acknowledged is there exactly once, and nothing it did not
/// acknowledge is there in part. A server of its own, since it is killed.
/// </summary>
public sealed class DurabilityTests : IAsyncLifetime
{
    private const int BatchSize = 40;
    private const int Writers = 4;
    private const int AcknowledgedBeforeKill = 24;

    private AppServer _server = default!;

    public async Task InitializeAsync() =>
        _server = await AppServer.StartAsync(new Dictionary<string, string> { ["DemoData__Leads"] = "300", ["DemoData__Accounts"] = "40" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AfterAKillMidWriteEveryAcknowledgedBatchIsThereOnceAndNoUnacknowledgedOneIsHalfThere()
    {
        var sent = new ConcurrentDictionary<int, byte>();
        var acknowledged = new ConcurrentDictionary<int, byte>();
        var savedLeads = new ConcurrentDictionary<string, byte>();
        var nextBatch = -1;
        using var stop = new CancellationTokenSource();
        using var api = Api();

        async Task PostBatchesAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var batch = Interlocked.Increment(ref nextBatch);
                sent[batch] = 0;
                try
                {
                    using var response = await api.PostAsJsonAsync("/api/v1/events", Batch(batch), stop.Token);
                    var result = await response.Content.ReadFromJsonAsync<JsonElement>(stop.Token);
                    if (response.StatusCode == HttpStatusCode.OK && result.GetProperty("accepted").GetInt32() == BatchSize)
                        acknowledged[batch] = 0;
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException)
                {
                    return; // the server died under this request: not acknowledged
                }
            }
        }

        async Task SaveLeadsAsync()
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var email = $"saved-{i}@durability.test";
                try
                {
                    using var response = await api.PostAsJsonAsync("/api/v1/leads", new { email, firstName = "Saved", lastName = $"Lead {i}", title = "VP of Sales" }, stop.Token);
                    if (response.StatusCode == HttpStatusCode.Created)
                        savedLeads[email] = 0;
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                {
                    return;
                }
            }
        }

        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(PostBatchesAsync)).Append(Task.Run(SaveLeadsAsync)).ToList();
        while (acknowledged.Count < AcknowledgedBeforeKill && writers.Any(w => !w.IsCompleted))
            await Task.Delay(20);
        await _server.KillAsync();
        stop.Cancel();
        await Task.WhenAll(writers);
        await _server.RestartAsync();

        var afterRestart = await EventCountsAsync();
        var leadsAfterRestart = await LeadCountsAsync(savedLeads.Keys);
        // The sender retries everything it sent; the event ids make the retry harmless.
        foreach (var batch in sent.Keys)
        {
            using var retry = await api.PostAsJsonAsync("/api/v1/events", Batch(batch));
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }
        var afterRetry = await EventCountsAsync();

        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"only {acknowledged.Count} batches were acknowledged before the kill");
        Assert.True(sent.Count > acknowledged.Count, "no batch was in flight when the server was killed");
        Assert.All(acknowledged.Keys, b => Assert.Equal(BatchSize, afterRestart.GetValueOrDefault(b)));
        Assert.All(sent.Keys.Except(acknowledged.Keys), b => Assert.Contains(afterRestart.GetValueOrDefault(b), new[] { 0, BatchSize }));
        Assert.All(savedLeads.Keys, email => Assert.Equal(1, leadsAfterRestart.GetValueOrDefault(email)));
        Assert.All(sent.Keys, b => Assert.Equal(BatchSize, afterRetry.GetValueOrDefault(b)));
        Assert.Equal("ok", await IntegrityAsync());
    }

    private HttpClient Api() => new() { BaseAddress = _server.BaseUrl, DefaultRequestHeaders = { { "X-Api-Key", IngestionApi.DevelopmentKey } } };

    /// <summary>A batch of events for a lead of its own, which the batch creates: one transaction writes both.</summary>
    private static object Batch(int batch) => new
    {
        events = Enumerable.Range(0, BatchSize).Select(i => new
        {
            eventId = $"crash-{batch}-{i}",
            email = $"batch-{batch}@durability.test",
            type = i == 0 ? "content_download" : "email_open",
            occurredAt = DateTime.UtcNow.AddMinutes(-10).ToString("O"),
        }).ToArray(),
    };

    /// <summary>Events on disk per batch, read straight from the file.</summary>
    private async Task<Dictionary<int, int>> EventCountsAsync()
    {
        await using var db = Open();
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT ExternalId FROM EngagementEvents WHERE ExternalId LIKE 'crash-%'";
        var counts = new Dictionary<int, int>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var batch = int.Parse(reader.GetString(0).Split('-')[1]);
            counts[batch] = counts.GetValueOrDefault(batch) + 1;
        }
        return counts;
    }

    private async Task<Dictionary<string, int>> LeadCountsAsync(IEnumerable<string> emails)
    {
        await using var db = Open();
        var counts = new Dictionary<string, int>();
        foreach (var email in emails)
        {
            await using var query = db.CreateCommand();
            query.CommandText = "SELECT COUNT(*) FROM Leads WHERE Email = $email";
            query.Parameters.AddWithValue("$email", email);
            counts[email] = Convert.ToInt32(await query.ExecuteScalarAsync());
        }
        return counts;
    }

    private async Task<string> IntegrityAsync()
    {
        await using var db = Open();
        await using var check = db.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return (string)(await check.ExecuteScalarAsync())!;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _server.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

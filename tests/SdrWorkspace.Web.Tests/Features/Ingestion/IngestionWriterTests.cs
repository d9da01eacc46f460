using System.Data.Common;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SdrWorkspace.Data;
using SdrWorkspace.Web.Features.Api;
using SdrWorkspace.Web.Features.Ingestion;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Tests.Api;

namespace SdrWorkspace.Web.Tests.Features.Ingestion;

/// <summary>
/// The group commit: batches that wait while the writer is busy are written in one transaction, each in a savepoint
/// of its own, and acknowledged only once that transaction commits. A probed writer (its own connection to the app's
/// file, with an interceptor) holds its first transaction until the test has queued the batches of the next, so
/// which batches share a group is decided by the test, not by timing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IngestionWriterTests(ApiFactory app)
{
    private static readonly DateTime Earlier = DateTime.UtcNow.AddHours(-1);

    [Fact]
    public async Task BatchesWaitingTogetherAreWrittenInOneTransactionAndEachEventIsStoredOnce()
    {
        await using var writer = await ProbedWriter.StartAsync(app);

        var batches = Enumerable.Range(0, 6).Select(b => Batch(Enumerable.Range(0, 50).Select(i => Event($"group-{b}-{i}", $"group-{b}@together.test")))).ToList();
        var answers = await writer.WriteTogetherAsync(batches);

        Assert.All(answers, a => Assert.Equal((50, 0), (a.EventsAccepted, a.EventDuplicates)));
        Assert.Equal(1, writer.Probe.CommitsAfterTheFirst);
        Assert.Equal(300, await StoredAsync("group-"));
        Assert.Equal(6, await LeadsAsync("@together.test"));
    }

    [Fact]
    public async Task NoBatchIsAcknowledgedBeforeItsGroupHasCommitted()
    {
        await using var writer = await ProbedWriter.StartAsync(app);
        var answeredBeforeCommit = false;
        var answers = new List<Task<IngestionResult>>();
        writer.Probe.BeforeCommit = () => answeredBeforeCommit |= answers.Any(a => a.IsCompleted);

        answers.AddRange(Enumerable.Range(0, 4).Select(b => writer.Writer.WriteAsync(Batch(Event($"early-{b}", "early@acknowledged.test")))));
        writer.Probe.Open();
        await Task.WhenAll(answers);

        Assert.False(answeredBeforeCommit);
        Assert.Equal(4, await StoredAsync("early-"));
    }

    [Fact]
    public async Task AnEventIdInTwoBatchesOfOneGroupIsStoredOnceAndCountedAsADuplicateInTheLater()
    {
        await using var writer = await ProbedWriter.StartAsync(app);

        var answers = await writer.WriteTogetherAsync(
        [
            Batch(Enumerable.Range(0, 10).Select(i => Event($"twin-{i}", "twin-a@duplicates.test"))),
            Batch(Enumerable.Range(5, 10).Select(i => Event($"twin-{i}", "twin-b@duplicates.test"))),
        ]);

        Assert.Equal(new[] { (10, 0), (5, 5) }, answers.Select(a => (a.EventsAccepted, a.EventDuplicates)));
        Assert.Equal(15, await StoredAsync("twin-"));
        await using var db = Db();
        Assert.Equal(15, await db.EngagementEvents.Where(e => e.ExternalId!.StartsWith("twin-")).Select(e => e.ExternalId).Distinct().CountAsync());
    }

    [Fact]
    public async Task ABatchThatFailsRollsBackAloneWhileTheOthersOfItsGroupLand()
    {
        await using var writer = await ProbedWriter.StartAsync(app);
        // Past validation, as no caller should send it: the lead for its first event is created before its second fails.
        var bad = Batch(Event("bad-1", "half@rolled-back.test"), Event("bad-2", "half@rolled-back.test") with { OccurredAt = "not a time" });

        var first = writer.Writer.WriteAsync(Batch(Event("good-1", "good-1@rolled-back.test")));
        var failing = writer.Writer.WriteAsync(bad);
        var last = writer.Writer.WriteAsync(Batch(Event("good-2", "good-2@rolled-back.test")));
        writer.Probe.Open();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal(1, (await first).EventsAccepted);
        Assert.Equal(1, (await last).EventsAccepted);
        Assert.Equal(1, writer.Probe.CommitsAfterTheFirst);
        Assert.Equal(2, await StoredAsync("good-"));
        Assert.Equal(0, await StoredAsync("bad-"));
        Assert.Equal(0, await LeadsAsync("half@rolled-back.test"));
    }

    [Fact]
    public async Task AFailedCommitFailsEveryBatchOfTheGroupAndStoresNoneOfThem()
    {
        await using var writer = await ProbedWriter.StartAsync(app);
        writer.Probe.BeforeCommit = () => throw new DiskFullException();

        var answers = Enumerable.Range(0, 3).Select(b => writer.Writer.WriteAsync(Batch(Event($"lost-{b}", $"lost-{b}@commit-failed.test")))).ToList();
        writer.Probe.Open();

        foreach (var answer in answers)
            await Assert.ThrowsAsync<DiskFullException>(() => answer);
        Assert.Equal(0, await StoredAsync("lost-"));
        Assert.Equal(0, await LeadsAsync("@commit-failed.test"));
    }

    [Fact]
    public async Task ABatchCancelledBeforeTheWriterTakesItIsNotWrittenAndTheOthersAre()
    {
        await using var writer = await ProbedWriter.StartAsync(app);
        using var leaving = new CancellationTokenSource();

        var cancelled = writer.Writer.WriteAsync(Batch(Event("gone-1", "gone@cancelled.test")), leaving.Token);
        var kept = writer.Writer.WriteAsync(Batch(Event("kept-1", "kept@cancelled.test")));
        await leaving.CancelAsync();
        writer.Probe.Open();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, (await kept).EventsAccepted);
        Assert.Equal(0, await StoredAsync("gone-"));
        Assert.Equal(0, await LeadsAsync("gone@cancelled.test"));
    }

    [Fact]
    public async Task ConcurrentApiSendersOfOverlappingBatchesAreAllAnsweredAndEachEventIsStoredOnce()
    {
        using var api = app.ApiClient();
        // Eight batches of 40 where neighbours share 20 ids: every id is sent twice, by two senders at once.
        var sends = Enumerable.Range(0, 8).Select(b => Task.Run(() => api.PostEventsAsync(
            Enumerable.Range(b * 20, 40).Select(i => ApiCalls.Event($"overlap-{i % 160}", $"overlap-{i % 7}@senders.test", "email_open")).ToArray())));
        var responses = await Task.WhenAll(sends);

        var results = new List<EventBatchResult>();
        foreach (var response in responses)
        {
            response.EnsureSuccessStatusCode();
            results.Add((await response.Content.ReadFromJsonAsync<EventBatchResult>())!);
        }
        Assert.Equal(160, results.Sum(r => r.Accepted));
        Assert.Equal(160, results.Sum(r => r.Duplicates));
        Assert.Equal(160, await StoredAsync("overlap-"));
    }

    private static IngestionBatch Batch(params IEnumerable<EventInput> events) => new([], [.. events], "test", ApiEndpoints.ApiSource);

    private static EventInput Event(string eventId, string email) => new(eventId, email, "email_click", Earlier.ToString("O"));

    private SdrDbContext Db() => app.Service<IDbContextFactory<SdrDbContext>>().CreateDbContext();

    private async Task<int> StoredAsync(string eventIdPrefix)
    {
        await using var db = Db();
        return await db.EngagementEvents.CountAsync(e => e.ExternalId!.StartsWith(eventIdPrefix));
    }

    private async Task<int> LeadsAsync(string emailPart)
    {
        await using var db = Db();
        return await db.Leads.CountAsync(l => l.Email.Contains(emailPart));
    }

    private sealed class DiskFullException() : Exception("The disk is full.");

    /// <summary>A writer of the test's own over the app's file, its first group held open until the test says.</summary>
    private sealed class ProbedWriter(IngestionWriter writer, WriterProbe probe) : IAsyncDisposable
    {
        public IngestionWriter Writer { get; } = writer;

        public WriterProbe Probe { get; } = probe;

        /// <summary>Started with a first batch of its own, which the writer has taken and holds before beginning its transaction.</summary>
        public static async Task<ProbedWriter> StartAsync(ApiFactory app)
        {
            var probe = new WriterProbe();
            var options = new DbContextOptionsBuilder<SdrDbContext>(app.Service<DbContextOptions<SdrDbContext>>()).AddInterceptors(probe).Options;
            var writer = new IngestionWriter(new Contexts(options), app.Service<LeadIngestion>(), app.Service<LeadChangeFeed>(),
                Options.Create(new IngestionWriterOptions()), NullLogger<IngestionWriter>.Instance);
            _ = writer.WriteAsync(Batch(new EventInput($"holder-{Guid.NewGuid():N}", "holder@probe.test", "email_open", Earlier.ToString("O"))));
            await probe.FirstGroupTaken;
            return new ProbedWriter(writer, probe);
        }

        /// <summary>Queues the batches while the writer is held, so they wait together, then lets it go.</summary>
        public async Task<IngestionResult[]> WriteTogetherAsync(IReadOnlyList<IngestionBatch> batches)
        {
            var answers = batches.Select(b => Writer.WriteAsync(b)).ToList();
            Probe.Open();
            return await Task.WhenAll(answers);
        }

        public async ValueTask DisposeAsync()
        {
            Probe.Open();
            await Writer.DisposeAsync();
        }
    }

    private sealed class Contexts(DbContextOptions<SdrDbContext> options) : IDbContextFactory<SdrDbContext>
    {
        public SdrDbContext CreateDbContext() => new(options);
    }

    /// <summary>Holds the first transaction until opened, counts the commits after it, and runs a check before each of those.</summary>
    private sealed class WriterProbe : DbTransactionInterceptor
    {
        private readonly TaskCompletionSource _taken = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _transactions;
        private int _commits;

        public Task FirstGroupTaken => _taken.Task;

        public Action? BeforeCommit { get; set; }

        public int CommitsAfterTheFirst => Math.Max(0, Volatile.Read(ref _commits) - 1);

        public void Open() => _open.TrySetResult();

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken ct = default)
        {
            if (Interlocked.Increment(ref _transactions) == 1)
            {
                _taken.TrySetResult();
                await _open.Task;
            }
            return result;
        }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken ct = default)
        {
            if (Interlocked.Increment(ref _commits) > 1)
                BeforeCommit?.Invoke();
            return ValueTask.FromResult(result);
        }
    }
}

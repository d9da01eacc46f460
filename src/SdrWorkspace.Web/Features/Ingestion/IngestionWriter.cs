using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SdrWorkspace.Data;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Ingestion;

/// <summary>How many rows one group commit takes at most (<c>Ingestion:GroupRows</c>).</summary>
public sealed class IngestionWriterOptions
{
    public const string Section = "Ingestion";

    /// <summary>
    /// Eight API batches of 500. A batch larger than this (an import) is a group of its own; 500 or less turns
    /// grouping off, each batch its own transaction.
    /// </summary>
    public int GroupRows { get; set; } = 4_000;
}

/// <summary>
/// The one writer of incoming leads and events (group commit). SQLite has one writer and syncs its log on
/// every commit (synchronous=FULL), so callers that each committed their own batch queued on its lock and
/// paid a sync each. Here batches wait in a channel; the writer takes whatever is waiting (up to
/// <see cref="IngestionWriterOptions.GroupRows"/>), writes each in a savepoint of one transaction through
/// <see cref="LeadIngestion.WriteBatchAsync"/>, commits, and only then answers each caller: a batch is
/// acknowledged only once it is durable. A batch that fails rolls back to its savepoint and gets its own
/// error while the group's others commit; a group whose commit fails answers every batch with that error.
/// Batches are written in arrival order on one connection, so two of them carrying one eventId store it once.
/// </summary>
public sealed class IngestionWriter : IAsyncDisposable
{
    private readonly IDbContextFactory<SdrDbContext> _contexts;
    private readonly LeadIngestion _ingestion;
    private readonly LeadChangeFeed _feed;
    private readonly ILogger<IngestionWriter> _logger;
    private readonly int _groupRows;
    private readonly Channel<Waiting> _waiting = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writing;

    public IngestionWriter(
        IDbContextFactory<SdrDbContext> contexts, LeadIngestion ingestion, LeadChangeFeed feed, IOptions<IngestionWriterOptions> options, ILogger<IngestionWriter> logger)
    {
        _contexts = contexts;
        _ingestion = ingestion;
        _feed = feed;
        _logger = logger;
        _groupRows = options.Value.GroupRows;
        _writing = Task.Run(WriteGroupsAsync);
    }

    public Task<IngestionResult> WriteAsync(
        IReadOnlyList<LeadInput> leads, IReadOnlyList<EventInput> events, string actor, string source,
        IProgress<int>? progress = null, CancellationToken ct = default) =>
        WriteAsync(new IngestionBatch(leads, events, actor, source, progress), ct);

    /// <summary>
    /// Completes once the batch is committed. Cancelled before the writer takes it, it is dropped whole; once
    /// taken, it is written with its group and the answer is awaited, so a caller never leaves a batch half known.
    /// </summary>
    public async Task<IngestionResult> WriteAsync(IngestionBatch batch, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (batch.Rows == 0)
            return new IngestionResult(new Dictionary<string, int>(), new HashSet<string>(), 0, 0);
        var waiting = new Waiting(batch);
        if (!_waiting.Writer.TryWrite(waiting))
            throw new ObjectDisposedException(nameof(IngestionWriter), "The app is stopping; nothing was written.");
        await using (ct.Register(() => waiting.Cancel(ct)))
            return await waiting.Answer.Task;
    }

    private async Task WriteGroupsAsync()
    {
        var reader = _waiting.Reader;
        while (await reader.WaitToReadAsync())
        {
            var group = TakeGroup(reader);
            if (group.Count > 0)
                await WriteGroupAsync(group);
        }
    }

    /// <summary>Whatever is waiting, in arrival order, up to the row limit; a batch over the limit goes alone.</summary>
    private List<Waiting> TakeGroup(ChannelReader<Waiting> reader)
    {
        var group = new List<Waiting>();
        var rows = 0;
        while (reader.TryPeek(out var next) && (group.Count == 0 || rows + next.Batch.Rows <= _groupRows))
        {
            reader.TryRead(out _);
            if (!next.TryTake())
                continue;
            group.Add(next);
            rows += next.Batch.Rows;
        }
        return group;
    }

    private async Task WriteGroupAsync(List<Waiting> group)
    {
        var written = new BatchWritten?[group.Count];
        var failed = new Exception?[group.Count];
        try
        {
            await using var db = await _contexts.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = 0; i < group.Count; i++)
            {
                var savepoint = $"batch{i}";
                await transaction.CreateSavepointAsync(savepoint);
                try
                {
                    written[i] = await _ingestion.WriteBatchAsync(db, group[i].Batch, CancellationToken.None);
                    await transaction.ReleaseSavepointAsync(savepoint);
                }
                catch (Exception e)
                {
                    // This batch alone is undone; a failure to undo it fails the group, below.
                    await transaction.RollbackToSavepointAsync(savepoint);
                    await transaction.ReleaseSavepointAsync(savepoint);
                    failed[i] = e;
                }
                db.ChangeTracker.Clear();
            }
            await transaction.CommitAsync();
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "A group of {Batches} ingestion batches was not stored; each caller is told", group.Count);
            for (var i = 0; i < group.Count; i++)
                group[i].Answer.TrySetException(failed[i] ?? e);
            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (written[i] is { } batch)
            {
                _feed.Publish(batch.Changes);
                group[i].Answer.TrySetResult(batch.Result);
            }
            else
            {
                group[i].Answer.TrySetException(failed[i]!);
            }
        }
    }

    /// <summary>Takes no more batches, writes the ones waiting, and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _writing;
    }

    /// <summary>A batch and its caller's answer; taken by the writer or cancelled by its caller, whichever comes first.</summary>
    private sealed class Waiting(IngestionBatch batch)
    {
        private const int Queued = 0, Taken = 1, Cancelled = 2;
        private int _state = Queued;

        public IngestionBatch Batch { get; } = batch;

        public TaskCompletionSource<IngestionResult> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

        public void Cancel(CancellationToken ct)
        {
            if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
                Answer.TrySetCanceled(ct);
        }
    }
}

namespace SdrWorkspace.Web.Features.Shared;

public enum LeadChangeKind
{
    Created,
    Engagement,
    Score,
    Stage,
    Assignment,
    Touch,
    Qualification,
}

/// <summary>Something happened to a lead that open screens (queues, lead pages) may want to show at once.</summary>
public sealed record LeadChanged(int LeadId, string? OwnerId, LeadChangeKind Kind, DateTime At, bool HighIntent = false);

/// <summary>
/// In-process fan-out of lead changes to open circuits. Publishers call <see cref="Publish"/> after their
/// transaction commits; subscribers (components) dispose their subscription when they go away.
/// A slow or failing subscriber never blocks or breaks the publisher.
/// </summary>
public sealed class LeadChangeFeed(ILogger<LeadChangeFeed> logger)
{
    private readonly Lock _gate = new();
    // Copy-on-write: publishing reads a snapshot without taking the lock.
    private volatile Func<LeadChanged, Task>[] _handlers = [];

    public IDisposable Subscribe(Func<LeadChanged, Task> handler)
    {
        lock (_gate)
            _handlers = [.. _handlers, handler];
        return new Subscription(this, handler);
    }

    public void Publish(LeadChanged change)
    {
        foreach (var handler in _handlers)
            _ = Deliver(handler, change);
    }

    public void Publish(IEnumerable<LeadChanged> changes)
    {
        foreach (var change in changes)
            Publish(change);
    }

    private async Task Deliver(Func<LeadChanged, Task> handler, LeadChanged change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A lead-change subscriber failed for lead {LeadId}", change.LeadId);
        }
    }

    private void Unsubscribe(Func<LeadChanged, Task> handler)
    {
        lock (_gate)
            _handlers = _handlers.Where(h => h != handler).ToArray();
    }

    private sealed class Subscription(LeadChangeFeed feed, Func<LeadChanged, Task> handler) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(handler);
    }
}

namespace SdrWorkspace.Web.Features.Notifications;

/// <summary>
/// Tells a user's open circuits that their notifications changed (a new one, or some were read elsewhere), so every
/// bell of theirs redraws at once. In process, like <see cref="Shared.LeadChangeFeed"/>: a failing subscriber is
/// logged and never breaks the publisher or the other subscribers.
/// </summary>
public sealed class NotificationFeed(ILogger<NotificationFeed> logger)
{
    private readonly Lock _gate = new();
    // Copy-on-write: publishing reads a snapshot without taking the lock.
    private volatile (string UserId, Func<Task> Handler)[] _handlers = [];

    public IDisposable Subscribe(string userId, Func<Task> handler)
    {
        var entry = (userId, handler);
        lock (_gate)
            _handlers = [.. _handlers, entry];
        return new Subscription(this, entry);
    }

    public void Publish(IEnumerable<string> userIds)
    {
        var users = userIds.ToHashSet();
        foreach (var (userId, handler) in _handlers)
        {
            if (users.Contains(userId))
                _ = Deliver(userId, handler);
        }
    }

    private async Task Deliver(string userId, Func<Task> handler)
    {
        try
        {
            await handler();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A notification subscriber of user {UserId} failed", userId);
        }
    }

    private void Unsubscribe((string, Func<Task>) entry)
    {
        lock (_gate)
            _handlers = _handlers.Where(h => h != entry).ToArray();
    }

    private sealed class Subscription(NotificationFeed feed, (string, Func<Task>) entry) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(entry);
    }
}

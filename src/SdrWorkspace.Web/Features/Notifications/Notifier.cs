using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Notifications;

namespace SdrWorkspace.Web.Features.Notifications;

/// <summary>
/// Creates notifications after the change they tell of has been saved: the actor and muted kinds are left out (a
/// muted kind is never created), an event already told is not told again, and the recipients' bells redraw.
/// Never throws: a failure to notify is logged and never fails or undoes the operation that caused it (callers
/// pass no cancellation: once the change is saved, its notice should go out even if the user's page has closed).
/// </summary>
public sealed class Notifier(IDbContextFactory<SdrDbContext> contexts, NotificationFeed feed, TimeProvider clock, ILogger<Notifier> logger)
{
    public Task NotifyAsync(IEnumerable<NotificationIntent> intents, CancellationToken ct = default) =>
        NotifyAsync(_ => Task.FromResult(intents), ct);

    /// <param name="intents">Who to tell, worked out over the notifier's own context (a failure there is contained too).</param>
    public async Task NotifyAsync(Func<SdrDbContext, Task<IEnumerable<NotificationIntent>>> intents, CancellationToken ct = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var wanted = (await intents(db)).ToList();
            if (wanted.Count == 0)
                return;
            var users = wanted.Select(i => i.UserId).Distinct().ToList();
            var mutes = (await db.NotificationMutes.AsNoTracking().Where(m => users.Contains(m.UserId))
                .Select(m => new { m.UserId, m.Kind }).ToListAsync(ct)).Select(m => (m.UserId, m.Kind)).ToHashSet();
            var deliverable = NotificationRules.Deliverable(wanted, (user, kind) => mutes.Contains((user, kind)));
            var occurrences = deliverable.Select(i => i.Occurrence).Distinct().ToList();
            var told = (await db.Notifications.AsNoTracking().Where(n => users.Contains(n.UserId) && occurrences.Contains(n.Occurrence))
                .Select(n => new { n.UserId, n.Kind, n.Occurrence }).ToListAsync(ct)).Select(n => (n.UserId, n.Kind, n.Occurrence)).ToHashSet();
            var now = clock.GetUtcNow().UtcDateTime;
            var fresh = deliverable.Where(i => !told.Contains((i.UserId, i.Kind, i.Occurrence))).Select(i => Notification.From(i, now)).ToList();
            if (fresh.Count == 0)
                return;
            db.Notifications.AddRange(fresh);
            await db.SaveChangesAsync(ct);
            feed.Publish(fresh.Select(n => n.UserId));
        }
        catch (Exception e)
        {
            // Two scans noticing one event at once meet at the unique index: the other one told it.
            logger.LogWarning(e, "Notifications could not be created; the change they tell of is saved");
        }
    }
}

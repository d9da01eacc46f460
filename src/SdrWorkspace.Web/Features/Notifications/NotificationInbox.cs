using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Notifications;

namespace SdrWorkspace.Web.Features.Notifications;

public sealed record NotificationRow(long Id, NotificationKind Kind, string Text, string Link, DateTime CreatedAt, bool IsRead);

/// <summary>A user's own notifications (never anyone else's): the unread count, the newest ones, read marks and mute settings.</summary>
public sealed class NotificationInbox(IDbContextFactory<SdrDbContext> contexts, NotificationFeed feed, TimeProvider clock)
{
    public const int Recent = 20;

    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = IdOf(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
    }

    /// <summary>The newest notifications first, read or not.</summary>
    public async Task<IReadOnlyList<NotificationRow>> LatestAsync(ClaimsPrincipal user, int count = Recent, CancellationToken ct = default)
    {
        var userId = IdOf(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(count)
            .Select(n => new { n.Id, n.Kind, n.Text, n.LeadId, n.DraftId, n.CreatedAt, n.ReadAt }).ToListAsync(ct);
        return rows.Select(n => new NotificationRow(n.Id, n.Kind, n.Text, LinkOf(n.LeadId, n.DraftId), n.CreatedAt, n.ReadAt is not null)).ToList();
    }

    /// <summary>Marks one notification read; false when the database was busy (it stays unread, nothing else is lost).</summary>
    public Task<bool> MarkReadAsync(ClaimsPrincipal user, long id, CancellationToken ct = default) =>
        MarkAsync(user, q => q.Where(n => n.Id == id), ct);

    public Task<bool> MarkAllReadAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        MarkAsync(user, q => q, ct);

    public async Task<IReadOnlySet<NotificationKind>> MutedAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = IdOf(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await db.NotificationMutes.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.Kind).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>
    /// Mutes or unmutes a kind: a muted kind is not created for this user from now on. False when it was not saved: the
    /// database was busy, or another tab changed the same setting at the same moment.
    /// </summary>
    public async Task<bool> SetMutedAsync(ClaimsPrincipal user, NotificationKind kind, bool muted, CancellationToken ct = default)
    {
        var userId = IdOf(user);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var existing = await db.NotificationMutes.FirstOrDefaultAsync(m => m.UserId == userId && m.Kind == kind, ct);
            if (muted && existing is null)
                db.NotificationMutes.Add(new NotificationMute(userId, kind));
            else if (!muted && existing is not null)
                db.NotificationMutes.Remove(existing);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception e) when (SqliteBusy.Is(e) || e is DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>Where a notification leads: its lead's page, or the draft a proposal is about.</summary>
    public static string LinkOf(int? leadId, int? draftId) =>
        leadId is { } lead ? $"leads/{lead}" : draftId is { } draft ? $"definition/drafts/{draft}" : "notifications";

    private async Task<bool> MarkAsync(ClaimsPrincipal user, Func<IQueryable<Notification>, IQueryable<Notification>> which, CancellationToken ct)
    {
        var userId = IdOf(user);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var marked = await which(db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
            if (marked > 0)
                feed.Publish([userId]);
            return true;
        }
        catch (Exception e) when (SqliteBusy.Is(e))
        {
            return false;
        }
    }

    private static string IdOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Notifications belong to a signed-in user.");
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Preferences;
using SdrWorkspace.Data.Sqlite;

namespace SdrWorkspace.Web.Features.Shared;

/// <summary>
/// The filter each user last had on a screen, kept on the server so it survives a reload, a new browser and
/// signing out. Each screen names itself with one of the <see cref="Screens"/>.
/// </summary>
public sealed class RememberedFilters(IDbContextFactory<SdrDbContext> contexts, TimeProvider clock, ILogger<RememberedFilters> logger)
{
    public static class Screens
    {
        public const string Queue = "queue";
        public const string Leads = "leads";
        public const string MqlReview = "mql-review";
    }

    /// <summary>The user's last filter on the screen, or the default filter when they have none (or it no longer reads).</summary>
    public async Task<T> GetAsync<T>(ClaimsPrincipal user, string screen, T empty, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var json = await db.CurrentFilters.AsNoTracking().Where(f => f.UserId == userId && f.Screen == screen)
            .Select(f => f.FilterJson).FirstOrDefaultAsync(ct);
        return StoredFilter.Read(json, empty);
    }

    /// <summary>
    /// Keeps the filter for next time. Remembering is a convenience: a busy database or a concurrent save of the same
    /// user's filter (another tab) is logged, never thrown into the page that is filtering.
    /// </summary>
    public async Task SetAsync<T>(ClaimsPrincipal user, string screen, T filter, CancellationToken ct = default)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
            return;
        var json = StoredFilter.Write(filter);
        if (json.Length > CurrentFilter.FilterMaxLength)
            return;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var stored = await db.CurrentFilters.FirstOrDefaultAsync(f => f.UserId == userId && f.Screen == screen, ct);
            if (stored is null)
                db.CurrentFilters.Add(stored = new CurrentFilter { UserId = userId, Screen = screen });
            stored.FilterJson = json;
            stored.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SqliteBusy.Is(e) || e is DbUpdateException)
        {
            logger.LogWarning(e, "The {Screen} filter of user {UserId} was not remembered", screen, userId);
        }
    }
}

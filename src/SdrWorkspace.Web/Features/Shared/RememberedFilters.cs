using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Preferences;

namespace SdrWorkspace.Web.Features.Shared;

/// <summary>
/// The filter each user last had on a screen, kept on the server so it survives a reload, a new browser and
/// signing out. Each screen names itself with one of the <see cref="Screens"/>.
/// </summary>
public sealed class RememberedFilters(IDbContextFactory<SdrDbContext> contexts, TimeProvider clock)
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

    public async Task SetAsync<T>(ClaimsPrincipal user, string screen, T filter, CancellationToken ct = default)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
            return;
        var json = StoredFilter.Write(filter);
        if (json.Length > CurrentFilter.FilterMaxLength)
            return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.CurrentFilters.FirstOrDefaultAsync(f => f.UserId == userId && f.Screen == screen, ct);
        if (stored is null)
            db.CurrentFilters.Add(stored = new CurrentFilter { UserId = userId, Screen = screen });
        stored.FilterJson = json;
        stored.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}

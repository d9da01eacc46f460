using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Web.Components.Layout;

/// <summary>The zone each user reads times in, kept with the user so it follows them to any browser and screen.</summary>
public sealed class TimeZonePreference(IDbContextFactory<SdrDbContext> contexts)
{
    /// <summary>The user's zone; null until their browser told it or they chose one.</summary>
    public async Task<string?> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
            return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).FirstOrDefaultAsync(ct);
    }

    /// <summary>Keeps a zone for the user; an id the server does not know (anything may come from a browser) is refused.</summary>
    public async Task<bool> SetAsync(ClaimsPrincipal user, string? zoneId, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || TimeZones.Find(zoneId) is not { } zone)
            return false;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.TimeZone, zone.Id), ct) == 1;
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Preferences;

namespace SdrWorkspace.Web.Components.Layout;

/// <summary>Each user's light / dark / follow-the-system choice, kept with the user so it follows them to any browser.</summary>
public sealed class ColorSchemePreference(IDbContextFactory<SdrDbContext> contexts)
{
    public async Task<ColorScheme> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
            return ColorScheme.System;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.ColorScheme).FirstOrDefaultAsync(ct);
    }

    public async Task SetAsync(ClaimsPrincipal user, ColorScheme scheme, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
            return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.ColorScheme, scheme), ct);
    }
}

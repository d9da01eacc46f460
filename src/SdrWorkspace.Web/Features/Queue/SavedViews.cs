using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Preferences;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Queue;

public sealed record SavedViewOption(int Id, string Name, QueueFilter Filter);

/// <summary>Each user's named queue filters.</summary>
public sealed class SavedViews(IDbContextFactory<SdrDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<SavedViewOption>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var views = await db.SavedViews.AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.Name).ToListAsync(ct);
        return views.Select(v => new SavedViewOption(v.Id, v.Name, StoredFilter.Read(v.FilterJson, new QueueFilter()))).ToList();
    }

    /// <summary>Saves under a name; the same name again replaces that view.</summary>
    public async Task<string?> SaveAsync(ClaimsPrincipal user, string name, QueueFilter filter, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > SavedView.NameMaxLength)
            return $"Give the view a name of 1 to {SavedView.NameMaxLength} characters.";
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var view = await db.SavedViews.FirstOrDefaultAsync(v => v.UserId == userId && v.Name == name, ct);
        if (view is null)
            db.SavedViews.Add(view = new SavedView { UserId = userId, Name = name, CreatedAt = clock.GetUtcNow().UtcDateTime });
        view.FilterJson = StoredFilter.Write(filter);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task DeleteAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.SavedViews.Where(v => v.Id == id && v.UserId == userId).ExecuteDeleteAsync(ct);
    }
}

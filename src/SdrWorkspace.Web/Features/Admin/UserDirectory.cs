using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Web.Features.Admin;

public sealed class UserDirectory(IDbContextFactory<SdrDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var owned = await db.Leads.AsNoTracking().Where(l => l.OwnerId != null)
            .GroupBy(l => l.OwnerId!).Select(g => new { g.Key, Count = g.Count(), Open = g.Count(l => !LifecycleRules.ClosedStages.Contains(l.Stage)) })
            .ToDictionaryAsync(x => x.Key, ct);
        return users.Select(u => new UserSummary(
                u.Id, u.DisplayName, u.Email ?? "",
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
                u.IsActive, u.LockoutEnd > now, owned.GetValueOrDefault(u.Id)?.Count ?? 0, owned.GetValueOrDefault(u.Id)?.Open ?? 0))
            .ToList();
    }

    /// <summary>The SDRs leads can be owned by, for filters and reassignment.</summary>
    public async Task<IReadOnlyList<UserOption>> OwnersAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == Roles.Sdr
                      orderby u.DisplayName
                      select new UserOption(u.Id, u.IsActive ? u.DisplayName : u.DisplayName + " (inactive)"))
            .AsNoTracking().ToListAsync(ct);
    }
}

/// <param name="OpenLeads">Owned leads not yet closed (an Opportunity or Disqualified): the ones a deactivation hands on.</param>
public sealed record UserSummary(string Id, string Name, string Email, IReadOnlyList<string> Roles, bool IsActive, bool IsLockedOut, int OwnedLeads, int OpenLeads);

public sealed record UserOption(string Id, string Name);

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Assignment;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Features.Touches;

namespace SdrWorkspace.Web.Features.Assignment;

/// <summary>Gives unowned open leads an owner by the round-robin rule, and lets managers reassign.</summary>
public sealed class LeadAssignment(IDbContextFactory<SdrDbContext> contexts, LeadChangeFeed feed, IConfiguration configuration, TimeProvider clock)
{
    private static readonly LifecycleStage[] Closed = [LifecycleStage.Opportunity, LifecycleStage.Disqualified];

    private int Capacity => configuration.GetValue("Assignment:Capacity", 1500);

    public async Task<int> AssignUnownedAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unowned = await db.Leads
            .Where(l => l.OwnerId == null && !l.DoNotContact && !Closed.Contains(l.Stage))
            .OrderBy(l => l.CreatedAt).ThenBy(l => l.Id)
            .Take(500)
            .ToListAsync(ct);
        if (unowned.Count == 0)
            return 0;

        var sdrs = await SdrLoadsAsync(db, ct);
        var lastAssigned = await db.Leads.Where(l => l.AssignedAt != null)
            .OrderByDescending(l => l.AssignedAt).ThenByDescending(l => l.Id)
            .Select(l => l.OwnerId).FirstOrDefaultAsync(ct);
        var owners = RoundRobin.Assign(sdrs, lastAssigned, unowned.Count);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < owners.Count; i++)
            unowned[i].AssignTo(owners[i], now.AddTicks(i));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0; // someone assigned or changed one of them meanwhile; the next pass picks up the rest
        }
        feed.Publish(unowned.Take(owners.Count).Select(l => new LeadChanged(l.Id, l.OwnerId, LeadChangeKind.Assignment, now, l.AwaitsFirstResponse)));
        return owners.Count;
    }

    public async Task<WorkResult> ReassignAsync(ClaimsPrincipal manager, int leadId, string ownerId, CancellationToken ct = default)
    {
        if (!manager.IsInRole(Roles.Manager))
            return WorkResult.Refused("Only a manager can reassign leads.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sdr = (await SdrLoadsAsync(db, ct)).FirstOrDefault(s => s.UserId == ownerId);
        if (sdr is not { IsActive: true })
            return WorkResult.Refused("Leads can only go to an active SDR.");
        var lead = await db.Leads.FirstOrDefaultAsync(l => l.Id == leadId, ct);
        if (lead is null)
            return WorkResult.Refused("This lead does not exist.");
        var previousOwner = lead.OwnerId;
        var now = clock.GetUtcNow().UtcDateTime;
        lead.AssignTo(ownerId, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkResult.Refused("Someone else changed this lead a moment ago. Reload it and try again.");
        }
        feed.Publish(new LeadChanged(lead.Id, ownerId, LeadChangeKind.Assignment, now, lead.AwaitsFirstResponse));
        if (previousOwner is not null && previousOwner != ownerId)
            feed.Publish(new LeadChanged(lead.Id, previousOwner, LeadChangeKind.Assignment, now));
        return WorkResult.Done;
    }

    private async Task<List<SdrLoad>> SdrLoadsAsync(SdrDbContext db, CancellationToken ct)
    {
        var sdrs = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == Roles.Sdr
                          select new { u.Id, u.IsActive }).ToListAsync(ct);
        var open = await db.Leads.Where(l => l.OwnerId != null && !Closed.Contains(l.Stage))
            .GroupBy(l => l.OwnerId!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return sdrs.Select(s => new SdrLoad(s.Id, s.IsActive, open.GetValueOrDefault(s.Id), Capacity)).ToList();
    }
}

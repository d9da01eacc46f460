using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Assignment;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Assignment;

/// <summary>Gives unowned open leads an owner by the round-robin rule, and lets managers reassign.</summary>
/// <summary>How a hand-on went: how many leads moved, and why each of the others did not.</summary>
public sealed record HandOnReport(WorkResult Result, int Moved, IReadOnlyList<string> NotMoved)
{
    public static HandOnReport Failed(WorkResult result) => new(result, 0, []);

    /// <summary>"3 open leads moved; 2 not moved: it changed owner meanwhile (2)."</summary>
    public string Summary
    {
        get
        {
            var text = $"{Moved:N0} open {(Moved == 1 ? "lead" : "leads")} moved";
            if (NotMoved.Count == 0)
                return text + ".";
            var why = string.Join("; ", NotMoved.GroupBy(r => r).Select(g => $"{g.Key} ({g.Count():N0})"));
            return $"{text}; {NotMoved.Count:N0} not moved: {why}.";
        }
    }
}

public sealed class LeadAssignment(IDbContextFactory<SdrDbContext> contexts, LeadWork work, LeadChangeFeed feed, IConfiguration configuration, TimeProvider clock)
{
    private int Capacity => configuration.GetValue("Assignment:Capacity", 1500);

    public async Task<int> AssignUnownedAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unowned = await db.Leads
            .Where(l => l.OwnerId == null && !l.DoNotContact && !LifecycleRules.ClosedStages.Contains(l.Stage))
            .OrderBy(l => l.CreatedAt).ThenBy(l => l.Id)
            .Take(500)
            .ToListAsync(ct);
        if (unowned.Count == 0)
            return 0;

        var owners = await RoundRobinAsync(db, unowned.Count, ct);
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

    /// <summary>Who takes each of <paramref name="leads"/> leads by the round-robin rule, in turn; fewer when no active SDR has room.</summary>
    public async Task<IReadOnlyList<string>> RoundRobinOwnersAsync(int leads, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await RoundRobinAsync(db, leads, ct);
    }

    /// <param name="seenRevision">The lead's revision when the manager chose it (a bulk reassignment): a lead changed since is not reassigned.</param>
    public async Task<WorkResult> ReassignAsync(ClaimsPrincipal manager, int leadId, string ownerId, int? seenRevision = null, CancellationToken ct = default)
    {
        if (!LeadAccessPolicy.MayShareOrReassign(LeadAccess.ViewerOf(manager)))
            return WorkResult.Refused("Only a manager can reassign leads.");
        return await work.RunAsync(manager, leadId, LeadChangeKind.Assignment, async op =>
        {
            op.RequireUnchangedSince(seenRevision);
            var sdr = (await SdrLoadsAsync(op.Db, ct)).FirstOrDefault(s => s.UserId == ownerId);
            if (sdr is not { IsActive: true })
                throw new DomainException("Leads can only go to an active SDR.");
            op.AlsoTell(op.Lead.OwnerId);
            op.Lead.AssignTo(ownerId, op.Now);
            op.HighIntent = op.Lead.AwaitsFirstResponse;
        }, ct);
    }

    private async Task<IReadOnlyList<string>> RoundRobinAsync(SdrDbContext db, int leads, CancellationToken ct)
    {
        var sdrs = await SdrLoadsAsync(db, ct);
        return RoundRobin.Assign(sdrs, await LastAssignedOwnerAsync(db, ct), leads);
    }

    /// <summary>
    /// Moves every open lead a leaving user owns (deactivated first, so round robin and the assignment job pass them
    /// by) to the destination, each through <see cref="LeadWork"/> like a manager's reassignment: a lead someone
    /// changed meanwhile stays and is counted, the rest still move.
    /// </summary>
    public async Task<HandOnReport> HandOnAsync(ClaimsPrincipal by, string leavingId, LeadDestination to, CancellationToken ct = default)
    {
        if (!LeadAccessPolicy.MayHandOnLeads(LeadAccess.ViewerOf(by)))
            return HandOnReport.Failed(WorkResult.Refused("Only an admin or a manager can hand on a user's leads."));
        HandOnPlan plan;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var leadIds = await db.Leads.Where(l => l.OwnerId == leavingId && !LifecycleRules.ClosedStages.Contains(l.Stage))
                .OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct);
            try
            {
                plan = LeadHandOn.Plan(leavingId, to, await SdrLoadsAsync(db, ct), await LastAssignedOwnerAsync(db, ct), leadIds);
            }
            catch (DomainException refusal)
            {
                return HandOnReport.Failed(WorkResult.Refused(refusal.Message));
            }
        }

        var moved = 0;
        var failures = new List<string>();
        foreach (var (leadId, ownerId) in plan.Moves)
        {
            var result = await work.RunAsync(by, leadId, LeadChangeKind.Assignment, viewer => LeadAccessPolicy.HandedOnFrom(viewer, leavingId), op =>
            {
                op.AlsoTell(op.Lead.OwnerId);
                op.Lead.AssignTo(ownerId, op.Now);
                op.HighIntent = op.Lead.AwaitsFirstResponse;
                return Task.CompletedTask;
            }, ct);
            if (result.Succeeded)
                moved++;
            else
                failures.Add(result.Kind == WorkResultKind.Missing ? "it changed owner meanwhile" : result.Error!);
        }
        if (plan.Unplaced > 0)
            failures.AddRange(Enumerable.Repeat("every other active SDR is at capacity", plan.Unplaced));
        return new HandOnReport(WorkResult.Done, moved, failures);
    }

    private static Task<string?> LastAssignedOwnerAsync(SdrDbContext db, CancellationToken ct) =>
        db.Leads.Where(l => l.AssignedAt != null)
            .OrderByDescending(l => l.AssignedAt).ThenByDescending(l => l.Id)
            .Select(l => l.OwnerId).FirstOrDefaultAsync(ct);

    private async Task<List<SdrLoad>> SdrLoadsAsync(SdrDbContext db, CancellationToken ct)
    {
        var sdrs = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == Roles.Sdr
                          select new { u.Id, u.IsActive }).ToListAsync(ct);
        var open = await db.Leads.Where(l => l.OwnerId != null && !LifecycleRules.ClosedStages.Contains(l.Stage))
            .GroupBy(l => l.OwnerId!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return sdrs.Select(s => new SdrLoad(s.Id, s.IsActive, open.GetValueOrDefault(s.Id), Capacity)).ToList();
    }
}

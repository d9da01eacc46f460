using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Assignment;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;
using SdrWorkspace.Web.Features.Touches;

namespace SdrWorkspace.Web.Features.Handover;

public sealed record HandoverRow(
    long Id, int LeadId, string LeadName, string? Company, string AeName, string HandedOverBy, DateTime HandedOverAt,
    HandoverStatus Status, SlaStatus Sla, DateTime? DecidedAt, string? ReturnReason);

/// <summary>The SDR-to-AE hand-off: hand an SQL to an AE (chosen, or by round robin), and the AE's answer.</summary>
public sealed class HandoverService(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, LeadChangeFeed feed, TimeProvider clock)
{
    /// <summary>The active AEs an SQL can be handed to.</summary>
    public async Task<IReadOnlyList<UserOption>> AccountExecutivesAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == Roles.AccountExecutive && u.IsActive
                      orderby u.DisplayName
                      select new UserOption(u.Id, u.DisplayName)).AsNoTracking().ToListAsync(ct);
    }

    /// <summary>Hands an SQL to an AE; with no AE given, the round-robin rule picks the next one after whoever got the last handover.</summary>
    public async Task<WorkResult> HandOverAsync(ClaimsPrincipal viewer, int leadId, string? aeUserId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.Where(LeadAccess.VisibleTo(viewer)).FirstOrDefaultAsync(l => l.Id == leadId, ct);
        if (lead is null)
            return WorkResult.Refused("This lead does not exist or is not yours to see.");
        if (await db.Handovers.AnyAsync(h => h.LeadId == leadId && h.Status == HandoverStatus.Pending, ct))
            return WorkResult.Refused("This lead is already waiting for an AE.");
        var aes = await AccountExecutivesAsync(ct);
        var byRule = string.IsNullOrEmpty(aeUserId);
        var ae = byRule ? await NextByRuleAsync(db, aes, ct) : aes.FirstOrDefault(a => a.Id == aeUserId)?.Id;
        if (ae is null)
            return WorkResult.Refused("There is no active AE to hand this lead to.");
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var result = await HandoffWork.SaveAsync(db, () => db.Handovers.Add(SqlHandover.Start(lead, HandoffWork.ActorOf(viewer), ae, byRule, definition, now)), ct);
        if (result.Succeeded)
            feed.Publish(new LeadChanged(lead.Id, lead.OwnerId, LeadChangeKind.Stage, now));
        return result;
    }

    /// <summary>An AE's handovers (a manager's: everyone's), waiting ones first by due time, then the last month's answers.</summary>
    public async Task<IReadOnlyList<HandoverRow>> InboxAsync(ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        if (!viewer.IsInRole(Roles.AccountExecutive) && !viewer.IsInRole(Roles.Manager))
            return [];
        var userId = viewer.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var all = viewer.IsInRole(Roles.Manager);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        return await RowsAsync((_, q) => q.Where(h => (all || h.AeUserId == userId) && (h.Status == HandoverStatus.Pending || h.DecidedAt >= since)), ct);
    }

    /// <summary>Handovers past their SLA: still waiting, or answered late.</summary>
    public async Task<IReadOnlyList<HandoverRow>> BreachesAsync(ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        if (!viewer.IsInRole(Roles.Manager))
            return [];
        var now = clock.GetUtcNow().UtcDateTime;
        return await RowsAsync((_, q) => q.Where(h => h.Status == HandoverStatus.Pending ? h.DueAt < now : h.DecidedAt > h.DueAt), ct);
    }

    /// <summary>One handover, if the viewer may see it: the AE it went to, a manager, or the SDR who owns the lead.</summary>
    public async Task<HandoverRow?> GetAsync(ClaimsPrincipal viewer, long id, CancellationToken ct = default)
    {
        var userId = viewer.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var all = viewer.IsInRole(Roles.Manager);
        var rows = await RowsAsync((db, q) => q.Where(h => h.Id == id
            && (all || h.AeUserId == userId || db.Leads.Any(l => l.Id == h.LeadId && l.OwnerId == userId))), ct);
        return rows.FirstOrDefault();
    }

    /// <summary>The latest handover of a lead, for the lead page (a return reason shows there).</summary>
    public async Task<HandoverRow?> LatestForLeadAsync(int leadId, CancellationToken ct = default) =>
        (await RowsAsync((_, q) => q.Where(h => h.LeadId == leadId), ct)).MaxBy(h => h.HandedOverAt);

    public Task<WorkResult> AcceptAsync(ClaimsPrincipal viewer, long id, decimal estimatedValue, DateOnly closeOn, CancellationToken ct = default) =>
        DecideAsync(viewer, id, (handover, lead, actor, version, now) => handover.Accept(lead, actor, estimatedValue, closeOn, version, now), ct);

    public Task<WorkResult> ReturnAsync(ClaimsPrincipal viewer, long id, string? reason, CancellationToken ct = default) =>
        DecideAsync(viewer, id, (handover, lead, actor, version, now) => handover.Return(lead, actor, reason, version, now), ct);

    private async Task<WorkResult> DecideAsync(
        ClaimsPrincipal viewer, long id, Action<SqlHandover, Lead, HandoverActor, int, DateTime> decide, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var handover = await db.Handovers.FirstOrDefaultAsync(h => h.Id == id, ct);
        var lead = handover is null ? null : await db.Leads.FirstOrDefaultAsync(l => l.Id == handover.LeadId, ct);
        if (handover is null || lead is null)
            return WorkResult.Refused("This handover does not exist.");
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // The lead's revision guards the handover too: both change in one save, so two answers cannot both win.
        var result = await HandoffWork.SaveAsync(db, () => decide(handover, lead, HandoffWork.ActorOf(viewer), definition.Version, now), ct);
        if (result.Succeeded)
            feed.Publish(new LeadChanged(lead.Id, lead.OwnerId, LeadChangeKind.Stage, now));
        return result;
    }

    private static async Task<string?> NextByRuleAsync(SdrDbContext db, IReadOnlyList<UserOption> aes, CancellationToken ct)
    {
        var last = await db.Handovers.OrderByDescending(h => h.HandedOverAt).ThenByDescending(h => h.Id).Select(h => h.AeUserId).FirstOrDefaultAsync(ct);
        return RoundRobin.Assign(aes.Select(a => new SdrLoad(a.Id, IsActive: true, OpenLeads: 0, Capacity: int.MaxValue)).ToList(), last, 1).FirstOrDefault();
    }

    private async Task<IReadOnlyList<HandoverRow>> RowsAsync(Func<SdrDbContext, IQueryable<SqlHandover>, IQueryable<SqlHandover>> filter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await filter(db, db.Handovers.AsNoTracking())
            .OrderBy(h => h.Status == HandoverStatus.Pending ? 0 : 1).ThenBy(h => h.DueAt)
            .Take(500)
            .Select(h => new
            {
                Handover = h,
                LeadName = db.Leads.Where(l => l.Id == h.LeadId).Select(l => l.FirstName + " " + l.LastName).First(),
                Company = db.Leads.Where(l => l.Id == h.LeadId).Select(l => l.Account!.Name).FirstOrDefault(),
                AeName = db.Users.Where(u => u.Id == h.AeUserId).Select(u => u.DisplayName).First(),
            })
            .ToListAsync(ct);
        var definition = await definitions.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.Select(r => new HandoverRow(
            r.Handover.Id, r.Handover.LeadId, r.LeadName, r.Company, r.AeName, r.Handover.HandedOverBy, r.Handover.HandedOverAt,
            r.Handover.Status, r.Handover.Sla(definition.Sla, now), r.Handover.DecidedAt, r.Handover.ReturnReason)).ToList();
    }
}

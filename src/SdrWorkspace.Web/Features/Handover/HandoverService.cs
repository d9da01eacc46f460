using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Assignment;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Notifications;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Notifications;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Handover;

public sealed record HandoverRow(
    long Id, int LeadId, string LeadName, string? Company, string AeName, string HandedOverBy, DateTime HandedOverAt,
    HandoverStatus Status, SlaStatus Sla, DateTime? DecidedAt, string? ReturnReason);

/// <summary>The SDR-to-AE hand-off: hand an SQL to an AE (chosen, or by round robin), and the AE's answer.</summary>
public sealed class HandoverService(IDbContextFactory<SdrDbContext> contexts, DefinitionStore definitions, LeadWork work, Notifier notifier, TimeProvider clock)
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
    public Task<WorkResult> HandOverAsync(ClaimsPrincipal viewer, int leadId, string? aeUserId, CancellationToken ct = default) =>
        work.RunAsync(viewer, leadId, LeadChangeKind.Stage, async op =>
        {
            // A second open handover would also fail the unique index; this says why before trying.
            if (await op.Db.Handovers.AnyAsync(h => h.LeadId == leadId && h.Status == HandoverStatus.Pending, ct))
                throw new DomainException("This lead is already waiting for an AE.");
            var aes = await AccountExecutivesAsync(ct);
            var byRule = string.IsNullOrEmpty(aeUserId);
            var ae = (byRule ? await NextByRuleAsync(op.Db, aes, ct) : aes.FirstOrDefault(a => a.Id == aeUserId)?.Id)
                ?? throw new DomainException("There is no active AE to hand this lead to.");
            op.Db.Handovers.Add(SqlHandover.Start(op.Lead, op.By, ae, byRule, op.Definition, op.Now));
        }, ct);

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

    /// <summary>One handover, if the viewer may see it: the AE it went to, or anyone who works the lead (a manager, its SDRs).</summary>
    public async Task<HandoverRow?> GetAsync(ClaimsPrincipal viewer, long id, CancellationToken ct = default)
    {
        var userId = viewer.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var workable = LeadAccess.WorkableBy(viewer);
        var rows = await RowsAsync((db, q) => q.Where(h => h.Id == id
            && (h.AeUserId == userId || db.Leads.Where(workable).Any(l => l.Id == h.LeadId))), ct);
        return rows.FirstOrDefault();
    }

    /// <summary>The latest handover of a lead, for the lead page (a return reason shows there).</summary>
    public async Task<HandoverRow?> LatestForLeadAsync(int leadId, CancellationToken ct = default) =>
        (await RowsAsync((_, q) => q.Where(h => h.LeadId == leadId), ct)).MaxBy(h => h.HandedOverAt);

    public Task<WorkResult> AcceptAsync(ClaimsPrincipal viewer, long id, decimal estimatedValue, DateOnly closeOn, CancellationToken ct = default) =>
        DecideAsync(viewer, id, (handover, op) => handover.Accept(op.Lead, op.By, estimatedValue, closeOn, op.Definition.Version, op.Now), ct);

    /// <summary>The AE sends the SQL back; once that is saved, its SDRs are notified.</summary>
    public async Task<WorkResult> ReturnAsync(ClaimsPrincipal viewer, long id, string? reason, CancellationToken ct = default)
    {
        IEnumerable<NotificationIntent> notices = [];
        var result = await DecideAsync(viewer, id, (handover, op) =>
        {
            handover.Return(op.Lead, op.By, reason, op.Definition.Version, op.Now);
            notices = NotificationRules.SqlReturned(op.Lead.Id, op.Lead.FullName, [op.Lead.OwnerId, handover.HandedOverById],
                handover.Id, op.By.Name, op.By.UserId, handover.ReturnReason!);
        }, ct);
        if (result.Succeeded)
            await notifier.NotifyAsync(notices);
        return result;
    }

    /// <summary>
    /// The AE's answer works on the handed-over lead, which the AE sees but does not work: any lead the
    /// viewer sees is loaded, and the handover's own rule decides who answers.
    /// </summary>
    private async Task<WorkResult> DecideAsync(ClaimsPrincipal viewer, long id, Action<SqlHandover, LeadOperation> decide, CancellationToken ct)
    {
        int? leadId;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            leadId = await db.Handovers.Where(h => h.Id == id).Select(h => (int?)h.LeadId).FirstOrDefaultAsync(ct);
        if (leadId is null)
            return WorkResult.Missing("This handover does not exist.");
        // The lead's revision guards the handover too: both change in one save, so two answers cannot both win.
        return await work.RunAsync(viewer, leadId.Value, LeadChangeKind.Stage, LeadAccessPolicy.Visible, async op =>
            decide(await op.Db.Handovers.FirstAsync(h => h.Id == id, ct), op), ct);
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

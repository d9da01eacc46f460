using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Features.Assignment;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Mqls.Inbox;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Bulk;

/// <summary>
/// Acting on many selected leads at once. Each lead goes through the same single-lead operation a lead page uses
/// (<see cref="LeadWork"/>: access, the domain rule, one save against the revision the user saw), so a lead that
/// changed meanwhile is named and left alone; a busy database stops the action where it is.
/// </summary>
public sealed class BulkLeadActions(
    IDbContextFactory<SdrDbContext> contexts, LeadAssignment assignment, LeadSharing sharing, MqlInbox inbox)
{
    public const string Reassigned = "reassigned";
    public const string Shared = "shared";
    public const string Accepted = "accepted";
    public const string ManagersOnly = "Only a manager can reassign or share leads.";
    public const string SdrsOnly = "Only the SDR who works an MQL (or a manager) can accept it.";
    public const string NoRoomLeft = "No active SDR has room for more leads.";

    /// <summary>Every lead the viewer sees that matches the list's filter, as "select all matching" selects them.</summary>
    public async Task<IReadOnlyList<BulkTarget>> MatchingAsync(ClaimsPrincipal viewer, LeadListFilter filter, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await filter.Apply(db.Leads.AsNoTracking().Where(LeadAccess.VisibleTo(viewer)), db)
            .OrderByDescending(l => l.Score).ThenBy(l => l.Id)
            .Select(l => new BulkTarget(l.Id, l.FirstName + " " + l.LastName, l.Revision))
            .ToListAsync(ct);
    }

    /// <summary>Gives the leads to the named SDR, or round robin over active SDRs below capacity when <paramref name="ownerId"/> is null.</summary>
    public async Task<BulkOutcome> ReassignAsync(ClaimsPrincipal manager, IReadOnlyList<BulkTarget> leads, string? ownerId, CancellationToken ct = default)
    {
        if (!MayShareOrReassign(manager))
            return BulkOutcome.Refused(Reassigned, leads, ManagersOnly);
        var owners = ownerId is null ? await assignment.RoundRobinOwnersAsync(leads.Count, ct) : Enumerable.Repeat(ownerId, leads.Count).ToList();
        return await EachAsync(Reassigned, leads, (lead, i) => i < owners.Count
            ? assignment.ReassignAsync(manager, lead.LeadId, owners[i], lead.Revision, ct)
            : Task.FromResult(WorkResult.Refused(NoRoomLeft)));
    }

    public async Task<BulkOutcome> ShareAsync(ClaimsPrincipal manager, IReadOnlyList<BulkTarget> leads, string userId, CancellationToken ct = default)
    {
        if (!MayShareOrReassign(manager))
            return BulkOutcome.Refused(Shared, leads, ManagersOnly);
        return await EachAsync(Shared, leads, (lead, _) => sharing.ShareAsync(manager, lead.LeadId, userId, lead.Revision, ct));
    }

    /// <summary>Accepts MQLs the user answers for (their own or shared with them); the domain re-checks each is still an MQL.</summary>
    public async Task<BulkOutcome> AcceptMqlsAsync(ClaimsPrincipal user, IReadOnlyList<BulkTarget> leads, CancellationToken ct = default)
    {
        if (!MayAcceptMqls(user))
            return BulkOutcome.Refused(Accepted, leads, SdrsOnly);
        return await EachAsync(Accepted, leads, (lead, _) => inbox.AcceptAsync(user, lead.LeadId, ct));
    }

    /// <summary>The SDRs a manager may hand or share leads to: active ones only.</summary>
    public async Task<IReadOnlyList<UserOption>> ActiveSdrsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == Roles.Sdr && u.IsActive
                      orderby u.DisplayName
                      select new UserOption(u.Id, u.DisplayName))
            .AsNoTracking().ToListAsync(ct);
    }

    public static bool MayShareOrReassign(ClaimsPrincipal user) => LeadAccessPolicy.MayShareOrReassign(LeadAccess.ViewerOf(user));

    public static bool MayAcceptMqls(ClaimsPrincipal user) => user.IsInRole(Roles.Sdr) || user.IsInRole(Roles.Manager);

    /// <summary>Lead by lead, in the order selected; at a busy database the rest are left as they were and reported so.</summary>
    private static async Task<BulkOutcome> EachAsync(string verb, IReadOnlyList<BulkTarget> leads, Func<BulkTarget, int, Task<WorkResult>> act)
    {
        var items = new List<BulkItem>(leads.Count);
        for (var i = 0; i < leads.Count; i++)
        {
            var result = await act(leads[i], i);
            items.Add(new BulkItem(leads[i], result));
            if (result.Kind == WorkResultKind.Busy)
            {
                items.AddRange(leads.Skip(i + 1).Select(l => new BulkItem(l, WorkResult.Busy)));
                break;
            }
        }
        return new BulkOutcome(verb, items);
    }
}

using System.Security.Claims;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Leads;

/// <summary>A manager shares a lead with another SDR, who may then see and work it like the owner (see <see cref="LeadAccessPolicy"/>).</summary>
public sealed class LeadSharing(UserDirectory users, LeadWork work)
{
    /// <param name="seenRevision">The lead's revision when the manager chose it (a bulk share): a lead changed since is not shared.</param>
    public async Task<WorkResult> ShareAsync(ClaimsPrincipal manager, int leadId, string userId, int? seenRevision = null, CancellationToken ct = default)
    {
        if (!LeadAccessPolicy.MayShareOrReassign(LeadAccess.ViewerOf(manager)))
            return WorkResult.Refused("Only a manager can share leads.");
        if (!(await users.OwnersAsync(ct)).Any(o => o.Id == userId))
            return WorkResult.Refused("Leads can only be shared with an SDR.");
        return await work.RunAsync(manager, leadId, LeadChangeKind.Assignment, op =>
        {
            op.RequireUnchangedSince(seenRevision);
            op.Lead.ShareWith(userId, op.By.Name, op.Now);
            op.AlsoTell(userId);
        }, ct);
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Admin;
using SdrWorkspace.Web.Features.Touches;

namespace SdrWorkspace.Web.Features.Leads;

/// <summary>A manager shares a lead with another SDR, who may then see and work it like the owner (see <see cref="LeadAccess"/>).</summary>
public sealed class LeadSharing(IDbContextFactory<SdrDbContext> contexts, UserDirectory users, TimeProvider clock)
{
    public async Task<WorkResult> ShareAsync(ClaimsPrincipal manager, int leadId, string userId, CancellationToken ct = default)
    {
        if (!manager.IsInRole(Roles.Manager))
            return WorkResult.Refused("Only a manager can share leads.");
        if (!(await users.OwnersAsync(ct)).Any(o => o.Id == userId))
            return WorkResult.Refused("Leads can only be shared with an SDR.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lead = await db.Leads.Include(l => l.Shares).FirstOrDefaultAsync(l => l.Id == leadId, ct);
        if (lead is null)
            return WorkResult.Refused("This lead does not exist.");
        try
        {
            lead.ShareWith(userId, LeadAccess.ActorOf(manager), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return WorkResult.Done;
        }
        catch (DomainException e)
        {
            return WorkResult.Refused(e.Message);
        }
        catch (DbUpdateException)
        {
            // The unique index: another manager shared it with the same SDR at the same moment.
            return WorkResult.Done;
        }
    }
}

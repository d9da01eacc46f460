using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Touches;

namespace SdrWorkspace.Web.Features.Handover;

/// <summary>What every hand-off action shares: who acts, and one all-or-nothing save that turns refusals into messages.</summary>
internal static class HandoffWork
{
    public const string Conflict = "Someone else acted on this lead a moment ago, so your change was not saved. Reload to see what happened.";

    public static HandoverActor ActorOf(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        LeadAccess.ActorOf(user),
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());

    /// <summary>
    /// Applies the domain change and saves it in one transaction. A concurrent change to the same lead (its
    /// revision moved) or a second open handover (the unique index) rolls the whole save back.
    /// </summary>
    public static async Task<WorkResult> SaveAsync(SdrDbContext db, Action change, CancellationToken ct)
    {
        try
        {
            change();
            await db.SaveChangesAsync(ct);
            return WorkResult.Done;
        }
        catch (DomainException e)
        {
            return WorkResult.Refused(e.Message);
        }
        catch (Exception e) when (SqliteBusy.Is(e))
        {
            return WorkResult.Refused(WorkResult.BusyMessage);
        }
        catch (DbUpdateException)
        {
            return WorkResult.Refused(Conflict);
        }
    }
}

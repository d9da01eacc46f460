using System.Linq.Expressions;
using System.Security.Claims;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Web.Features.Leads;

/// <summary>
/// Which leads a user may see: an SDR their own and those a manager shared with them, an AE the
/// sales-qualified ones handed to sales, managers, marketing and admins all of them. Applied in every
/// lead query, so a guessed id shows nothing.
/// </summary>
public static class LeadAccess
{
    private static readonly LifecycleStage[] HandedToSales = [LifecycleStage.SQL, LifecycleStage.Opportunity];

    public static bool SeesAll(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Marketing) || user.IsInRole(Roles.Admin);

    public static Expression<Func<Lead, bool>> VisibleTo(ClaimsPrincipal user)
    {
        if (SeesAll(user))
            return _ => true;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var isSdr = user.IsInRole(Roles.Sdr);
        var isAe = user.IsInRole(Roles.AccountExecutive);
        return lead => (isSdr && (lead.OwnerId == userId || lead.Shares.Any(s => s.UserId == userId)))
            || (isAe && HandedToSales.Contains(lead.Stage));
    }

    /// <summary>Which leads a user may work (touches, next steps, qualification): an SDR their own and shared ones, a manager any.</summary>
    public static Expression<Func<Lead, bool>> WorkableBy(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Manager))
            return _ => true;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var isSdr = user.IsInRole(Roles.Sdr);
        return lead => isSdr && (lead.OwnerId == userId || lead.Shares.Any(s => s.UserId == userId));
    }

    /// <summary>The in-memory form of <see cref="WorkableBy"/>, for a lead loaded with its shares.</summary>
    public static bool CanWork(ClaimsPrincipal user, Lead lead) => WorkableBy(user).Compile()(lead);

    /// <summary>How a user is named in stage histories and audit fields.</summary>
    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}

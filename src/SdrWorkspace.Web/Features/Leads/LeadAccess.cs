using System.Linq.Expressions;
using System.Security.Claims;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Web.Features.Leads;

/// <summary>
/// Which leads a user may see: an SDR their own, an AE the sales-qualified ones handed to sales,
/// managers, marketing and admins all of them. Applied in every lead query, so a guessed id shows nothing.
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
        return lead => (isSdr && lead.OwnerId == userId) || (isAe && HandedToSales.Contains(lead.Stage));
    }
}

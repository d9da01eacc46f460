using System.Linq.Expressions;
using System.Security.Claims;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Web.Features.Leads;

/// <summary>
/// The signed-in user as the domain's <see cref="LeadAccessPolicy"/> sees them: every lead query and every
/// screen asks the policy through here, so a guessed id shows nothing and a panel shows only what its action allows.
/// </summary>
public static class LeadAccess
{
    public static Viewer ViewerOf(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());

    /// <summary>The user acting on a lead: who they are to the policy, and the name the audit trail records.</summary>
    public static Actor ActingAs(ClaimsPrincipal user)
    {
        var viewer = ViewerOf(user);
        return new Actor(viewer.UserId, ActorOf(user), viewer.Roles);
    }

    /// <summary>How a user is named in stage histories and audit fields.</summary>
    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    public static bool SeesAll(ClaimsPrincipal user) => LeadAccessPolicy.SeesAll(ViewerOf(user));

    public static Expression<Func<Lead, bool>> VisibleTo(ClaimsPrincipal user) => LeadAccessPolicy.Visible(ViewerOf(user));

    public static Expression<Func<Lead, bool>> WorkableBy(ClaimsPrincipal user) => LeadAccessPolicy.Workable(ViewerOf(user));

    /// <summary>For a lead loaded with its shares.</summary>
    public static bool CanWork(ClaimsPrincipal user, Lead lead) => LeadAccessPolicy.MayWork(ViewerOf(user), lead);
}

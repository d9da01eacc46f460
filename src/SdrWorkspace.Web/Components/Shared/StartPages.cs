using System.Security.Claims;
using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Web.Components.Shared;

/// <summary>Where each role lands after signing in: where its daily work is.</summary>
public static class StartPages
{
    public const string Queue = "/queue";
    public const string Leads = "/leads";
    public const string Dashboards = "/dashboards";
    public const string Handovers = "/handovers";
    public const string Users = "/admin/users";

    public static string For(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Sdr) ? Queue
        : user.IsInRole(Roles.AccountExecutive) ? Handovers
        : user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Marketing) ? Dashboards
        : user.IsInRole(Roles.Admin) ? Users
        : Leads;
}

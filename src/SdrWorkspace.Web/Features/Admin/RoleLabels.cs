using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Web.Features.Admin;

/// <summary>How a role reads on the admin screens.</summary>
public static class RoleLabels
{
    public static string Of(string role) => role switch
    {
        Roles.Sdr => "SDR",
        Roles.AccountExecutive => "Account executive (AE)",
        _ => role,
    };
}

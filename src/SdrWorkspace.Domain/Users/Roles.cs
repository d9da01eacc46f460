namespace SdrWorkspace.Domain.Users;

/// <summary>The product's roles (DESIGN: "Who uses it, and for what").</summary>
public static class Roles
{
    public const string Sdr = "SDR";
    public const string Marketing = "Marketing";
    public const string Manager = "Manager";
    public const string AccountExecutive = "AE";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Sdr, Marketing, Manager, AccountExecutive, Admin];
}

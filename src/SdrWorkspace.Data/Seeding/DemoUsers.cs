using SdrWorkspace.Domain.Users;

namespace SdrWorkspace.Data.Seeding;

public sealed record DemoUser(string Email, string DisplayName, string Role, bool IsActive = true);

/// <summary>One demo user per role (the first of each role is the one the README names), plus a team of SDRs and AEs.</summary>
public static class DemoUsers
{
    public static readonly DemoUser Sdr = new("sdr@demo.local", "Sam Rivera", Roles.Sdr);
    public static readonly DemoUser Marketing = new("marketing@demo.local", "Morgan Lee", Roles.Marketing);
    public static readonly DemoUser Manager = new("manager@demo.local", "Dana Whitfield", Roles.Manager);
    public static readonly DemoUser AccountExecutive = new("ae@demo.local", "Chris Ortega", Roles.AccountExecutive);
    public static readonly DemoUser Admin = new("admin@demo.local", "Avery Kim", Roles.Admin);

    public static readonly IReadOnlyList<DemoUser> All =
    [
        Sdr, Marketing, Manager, AccountExecutive, Admin,
        new("alex.chen@demo.local", "Alex Chen", Roles.Sdr),
        new("priya.patel@demo.local", "Priya Patel", Roles.Sdr),
        new("jordan.blake@demo.local", "Jordan Blake", Roles.Sdr),
        new("maria.gomez@demo.local", "Maria Gomez", Roles.Sdr),
        new("tom.becker@demo.local", "Tom Becker", Roles.Sdr, IsActive: false),
        new("elena.novak@demo.local", "Elena Novak", Roles.AccountExecutive),
    ];
}

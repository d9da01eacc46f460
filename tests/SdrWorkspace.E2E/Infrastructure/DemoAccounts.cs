namespace SdrWorkspace.E2E.Infrastructure;

/// <summary>The demo users the app seeds in Development (listed in the README).</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Passw0rd!";
    public const string Sdr = "sdr@demo.local";
    public const string OtherSdr = "alex.chen@demo.local";
    public const string Marketing = "marketing@demo.local";
    public const string Manager = "manager@demo.local";
    public const string AccountExecutive = "ae@demo.local";
    public const string Admin = "admin@demo.local";
}

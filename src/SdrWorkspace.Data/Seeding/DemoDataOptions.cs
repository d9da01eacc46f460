namespace SdrWorkspace.Data.Seeding;

public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    public bool Enabled { get; set; }
    public int Leads { get; set; } = 5000;
    public int Accounts { get; set; } = 340;
    /// <summary>The password every demo user gets (README lists the users).</summary>
    public string Password { get; set; } = "Demo-Passw0rd!";
    /// <summary>Fixed so the demo data is the same on every machine.</summary>
    public int RandomSeed { get; set; } = 20261123;
}

namespace SdrWorkspace.Web.Tests.Infrastructure;

/// <summary>How much demo data the app under test seeds at start-up; null sizes keep the app's defaults.</summary>
public sealed record DemoDataSize(bool Enabled, int? Leads = null, int? Accounts = null)
{
    public static readonly DemoDataSize None = new(false);

    /// <summary>Enough for every role, stage and filter to have rows, small enough to seed in a second or two.</summary>
    public static readonly DemoDataSize Small = new(true, Leads: 600, Accounts: 60);

    /// <summary>The app's own defaults (5,000 leads, 340 accounts).</summary>
    public static readonly DemoDataSize Full = new(true);
}

namespace SdrWorkspace.Domain.Leads;

/// <summary>Company-size segments, as filters and dashboards group accounts.</summary>
public enum CompanySize
{
    Small,
    MidMarket,
    UpperMidMarket,
    Enterprise,
}

public static class CompanySizes
{
    public static (int Min, int Max) RangeOf(CompanySize size) => size switch
    {
        CompanySize.Small => (1, 49),
        CompanySize.MidMarket => (50, 499),
        CompanySize.UpperMidMarket => (500, 4999),
        _ => (5000, int.MaxValue),
    };

    public static string Label(CompanySize size) => size switch
    {
        CompanySize.Small => "1-49 employees",
        CompanySize.MidMarket => "50-499 employees",
        CompanySize.UpperMidMarket => "500-4,999 employees",
        _ => "5,000+ employees",
    };
}

using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>
/// Fit profiles for scoring. Starts from the product design's ICP-fit persona: a VP of Sales, the economic buyer,
/// at a 500-employee US software company whose revenue is not known.
/// </summary>
public sealed class FitProfileBuilder
{
    private string? _industry = "Software";
    private int? _employees = 500;
    private decimal? _revenue;
    private string? _region = Regions.NorthAmerica;
    private Seniority _seniority = Seniority.VP;
    private JobFunction _function = JobFunction.Sales;
    private BuyingRole _buyingRole = BuyingRole.EconomicBuyer;

    /// <summary>That persona: fit 90 (everything in the ICP but revenue, which is unknown).</summary>
    public static FitProfileBuilder IcpFit() => new();

    /// <summary>Every criterion in the ICP, revenue included: fit 100.</summary>
    public static FitProfileBuilder PerfectFit() => new FitProfileBuilder().WithRevenue(50_000_000);

    /// <summary>A retail giant in Brazil, an individual contributor outside the buying functions: fit 3.</summary>
    public static FitProfileBuilder NonFit() => new FitProfileBuilder()
        .WithIndustry("Retail").WithEmployees(20_000).WithRevenue(9_000_000_000).WithRegion(Regions.LatinAmerica)
        .WithSeniority(Seniority.IndividualContributor).WithFunction(JobFunction.Other).WithBuyingRole(BuyingRole.User);

    /// <summary>Nothing known about the company or the person: fit 0.</summary>
    public static FitProfileBuilder Unknown() => new FitProfileBuilder()
        .WithIndustry(null).WithEmployees(null).WithRevenue(null).WithRegion(null)
        .WithSeniority(Seniority.Unknown).WithFunction(JobFunction.Unknown).WithBuyingRole(BuyingRole.Unknown);

    public FitProfileBuilder WithIndustry(string? industry) { _industry = industry; return this; }
    public FitProfileBuilder WithEmployees(int? employees) { _employees = employees; return this; }
    public FitProfileBuilder WithRevenue(decimal? revenue) { _revenue = revenue; return this; }
    public FitProfileBuilder WithRegion(string? region) { _region = region; return this; }
    public FitProfileBuilder WithSeniority(Seniority seniority) { _seniority = seniority; return this; }
    public FitProfileBuilder WithFunction(JobFunction function) { _function = function; return this; }
    public FitProfileBuilder WithBuyingRole(BuyingRole role) { _buyingRole = role; return this; }

    public FitProfile Build() => new(_industry, _employees, _revenue, _region, _seniority, _function, _buyingRole);
}

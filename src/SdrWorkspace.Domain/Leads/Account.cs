using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Leads;

/// <summary>The company a lead works for; leads of one company are matched by its domain.</summary>
public sealed class Account
{
    public const int NameMaxLength = 200;
    public const int DomainMaxLength = 253;
    public const int IndustryMaxLength = 100;
    public const int CountryMaxLength = 100;

    private Account() { }

    public Account(string name, string? domain, string? industry, int? employees, decimal? annualRevenue, string? country)
    {
        Name = name.Trim();
        Domain = domain?.Trim().ToLowerInvariant();
        Industry = industry?.Trim();
        Employees = Ranges.Employees.Checked(employees);
        AnnualRevenue = Ranges.AnnualRevenue.Checked(annualRevenue);
        Country = country?.Trim();
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Domain { get; private set; }
    public string? Industry { get; private set; }
    public int? Employees { get; private set; }
    public decimal? AnnualRevenue { get; private set; }
    public string? Country { get; private set; }

    public string? Region => Regions.Of(Country);

    /// <summary>Takes the firmographics a newer record knows; what it leaves blank stays as it was.</summary>
    public void UpdateFrom(string? name, string? industry, int? employees, decimal? annualRevenue, string? country)
    {
        if (!string.IsNullOrWhiteSpace(name))
            Name = name.Trim();
        if (!string.IsNullOrWhiteSpace(industry))
            Industry = industry.Trim();
        Employees = Ranges.Employees.Checked(employees) ?? Employees;
        AnnualRevenue = Ranges.AnnualRevenue.Checked(annualRevenue) ?? AnnualRevenue;
        if (!string.IsNullOrWhiteSpace(country))
            Country = country.Trim();
    }
}

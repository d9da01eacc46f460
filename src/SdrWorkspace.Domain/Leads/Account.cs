using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Leads;

/// <summary>The company a lead works for; leads of one company are matched by its domain.</summary>
public sealed class Account
{
    public const int NameMaxLength = TextLimits.CompanyName;
    public const int DomainMaxLength = TextLimits.Domain;
    public const int IndustryMaxLength = TextLimits.Industry;
    public const int CountryMaxLength = TextLimits.Country;

    private Account() { }

    public Account(string name, string? domain, string? industry, int? employees, decimal? annualRevenue, string? country)
    {
        Name = TextLimits.Require(name, NameMaxLength, "A company name") ?? throw new DomainException("An account needs a name.");
        Domain = TextLimits.Require(domain, DomainMaxLength, "A company domain")?.ToLowerInvariant();
        Industry = TextLimits.Require(industry, IndustryMaxLength, "An industry");
        Employees = Ranges.Employees.Checked(employees);
        AnnualRevenue = Ranges.AnnualRevenue.Checked(annualRevenue);
        Country = TextLimits.Require(country, CountryMaxLength, "A country");
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
        Name = TextLimits.Require(name, NameMaxLength, "A company name") ?? Name;
        Industry = TextLimits.Require(industry, IndustryMaxLength, "An industry") ?? Industry;
        Employees = Ranges.Employees.Checked(employees) ?? Employees;
        AnnualRevenue = Ranges.AnnualRevenue.Checked(annualRevenue) ?? AnnualRevenue;
        Country = TextLimits.Require(country, CountryMaxLength, "A country") ?? Country;
    }
}

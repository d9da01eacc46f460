using System.Globalization;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Leads;

public class AccountTests
{
    [Fact]
    public void AnAccountTrimsItsFactsAndLowerCasesItsDomainForMatching()
    {
        var account = new Account(" Acme Software ", " Acme-Software.COM ", " Software ", 500, 50_000_000, " Germany ");

        Assert.Equal("Acme Software", account.Name);
        Assert.Equal("acme-software.com", account.Domain);
        Assert.Equal("Software", account.Industry);
        Assert.Equal("Germany", account.Country);
    }

    [Fact]
    public void AnAccountsRegionComesFromItsCountry()
    {
        var account = new Account("Acme", "acme.de", "Software", 500, null, "DE");

        Assert.Equal(Regions.Europe, account.Region);
    }

    [Fact]
    public void AnAccountWithoutACountryHasNoRegion()
    {
        var account = new Account("Acme", null, null, null, null, null);

        Assert.Null(account.Region);
        Assert.Null(account.Domain);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("10000000000000.01")]
    [InlineData("79228162514264337593543950335")]
    public void AnAnnualRevenueOutsideItsRangeIsRefused(string revenue)
    {
        var value = decimal.Parse(revenue, CultureInfo.InvariantCulture);

        var created = Assert.Throws<DomainException>(() => new Account("Acme", "acme.com", null, null, value, null));
        var account = new Account("Acme", "acme.com", null, null, 1_000_000m, null);
        var updated = Assert.Throws<DomainException>(() => account.UpdateFrom(null, null, null, value, null));

        Assert.Equal(Ranges.AnnualRevenue.Problem, created.Message);
        Assert.Equal(Ranges.AnnualRevenue.Problem, updated.Message);
        Assert.Equal(1_000_000m, account.AnnualRevenue);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000_001)]
    [InlineData(int.MaxValue)]
    public void ANumberOfEmployeesOutsideItsRangeIsRefused(int employees)
    {
        var created = Assert.Throws<DomainException>(() => new Account("Acme", "acme.com", null, employees, null, null));
        var account = new Account("Acme", "acme.com", null, 50, null, null);
        var updated = Assert.Throws<DomainException>(() => account.UpdateFrom(null, null, employees, null, null));

        Assert.Equal(Ranges.Employees.Problem, created.Message);
        Assert.Equal(Ranges.Employees.Problem, updated.Message);
        Assert.Equal(50, account.Employees);
    }

    [Fact]
    public void AmountsAtTheEdgesOfTheirRangesAreKept()
    {
        var smallest = new Account("Acme", "acme.com", null, 0, 0m, null);
        var largest = new Account("Acme", "acme.com", null, 10_000_000, 10_000_000_000_000m, null);

        Assert.Equal((0, 0m), (smallest.Employees, smallest.AnnualRevenue));
        Assert.Equal((10_000_000, 10_000_000_000_000m), (largest.Employees, largest.AnnualRevenue));
    }
}

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
}

using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Leads;

public class RegionsTests
{
    [Theory]
    [InlineData("United States", Regions.NorthAmerica)]
    [InlineData("USA", Regions.NorthAmerica)]
    [InlineData("US", Regions.NorthAmerica)]
    [InlineData("us", Regions.NorthAmerica)]
    [InlineData(" US ", Regions.NorthAmerica)]
    [InlineData("Canada", Regions.NorthAmerica)]
    [InlineData("United Kingdom", Regions.Europe)]
    [InlineData("UK", Regions.Europe)]
    [InlineData("GB", Regions.Europe)]
    [InlineData("Germany", Regions.Europe)]
    [InlineData("de", Regions.Europe)]
    [InlineData("France", Regions.Europe)]
    [InlineData("Netherlands", Regions.Europe)]
    [InlineData("Ireland", Regions.Europe)]
    [InlineData("Poland", Regions.Europe)]
    [InlineData("Mexico", Regions.LatinAmerica)]
    [InlineData("Brazil", Regions.LatinAmerica)]
    [InlineData("Australia", Regions.AsiaPacific)]
    [InlineData("India", Regions.AsiaPacific)]
    [InlineData("Japan", Regions.AsiaPacific)]
    [InlineData("United Arab Emirates", Regions.MiddleEastAfrica)]
    [InlineData("South Africa", Regions.MiddleEastAfrica)]
    public void ACountryByNameOrCodeMapsToItsSalesRegion(string country, string region)
    {
        Assert.Equal(region, Regions.Of(country));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Atlantis")]
    public void AnUnknownCountryHasNoRegion(string? country)
    {
        Assert.Null(Regions.Of(country));
    }
}

using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>A lead's local time comes from its account's country, the only place the data keeps where a lead is.</summary>
public class ContactZonesTests
{
    [Theory]
    [InlineData("Germany", "Europe/Berlin")]
    [InlineData("de", "Europe/Berlin")]
    [InlineData(" United Kingdom ", "Europe/London")]
    [InlineData("IN", "Asia/Kolkata")]
    public void ACountryInOneZoneGivesThatZone(string country, string zone)
    {
        var found = ContactZones.Of(country);

        Assert.Equal(zone, found?.Zone.Id);
        Assert.False(found!.CountrySpansZones);
    }

    [Theory]
    [InlineData("US", "America/New_York")]
    [InlineData("Australia", "Australia/Sydney")]
    [InlineData("Brazil", "America/Sao_Paulo")]
    public void ACountryAcrossZonesGivesItsMostPopulousZoneAndSaysSo(string country, string zone)
    {
        var found = ContactZones.Of(country);

        Assert.Equal(zone, found?.Zone.Id);
        Assert.True(found!.CountrySpansZones);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Atlantis")]
    [InlineData("<script>alert(1)</script>")]
    public void AnUnknownCountryHasNoZone(string? country) => Assert.Null(ContactZones.Of(country));

    [Fact]
    public void CountriesOfEveryRegionHaveAZone()
    {
        foreach (var country in new[] { "USA", "Canada", "France", "Mexico", "Japan", "South Africa", "Saudi Arabia", "NZ" })
            Assert.NotNull(ContactZones.Of(country));
    }

    [Fact]
    public void TheLocalTimeFollowsDaylightSaving()
    {
        var berlin = ContactZones.Of("Germany")!;

        Assert.Equal(new DateTime(2025, 1, 15, 10, 0, 0), berlin.LocalTime(new DateTime(2025, 1, 15, 9, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2025, 7, 15, 11, 0, 0), berlin.LocalTime(new DateTime(2025, 7, 15, 9, 0, 0, DateTimeKind.Utc)));
    }
}

using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Definition;

/// <summary>What an ICP attribute may match, as stored and as read.</summary>
public class FitValuesTests
{
    [Fact]
    public void PersonaChoicesAreStoredAsIdentifiersAndReadAsWords()
    {
        var seniority = FitValues.Choices(FitAttribute.Seniority);

        Assert.Contains(new FitChoice("CLevel", "C-level"), seniority);
        Assert.Contains(new FitChoice("EconomicBuyer", "Economic buyer"), FitValues.Choices(FitAttribute.BuyingRole));
        Assert.DoesNotContain(seniority, c => c.Value == nameof(Seniority.Unknown));
    }

    [Fact]
    public void EveryCategoryAttributeOffersChoicesAndRangesOfferNone()
    {
        foreach (var attribute in Enum.GetValues<FitAttribute>())
            Assert.Equal(!FitValues.IsRange(attribute), FitValues.Choices(attribute).Count > 0);
    }

    [Fact]
    public void AnOpenAttributeKeepsATypedValueAsTyped()
    {
        Assert.True(FitValues.IsKnown(FitAttribute.Industry, "Space mining"));
        Assert.Equal("Space mining", FitValues.Label(FitAttribute.Industry, "Space mining"));
        Assert.False(FitValues.IsKnown(FitAttribute.Seniority, "Boss"));
    }

    [Fact]
    public void MatchesReadWithTheirShareAndRanges()
    {
        Assert.Equal("Manager (40%)", FitValues.Describe(FitAttribute.Seniority, new FitMatch("Manager", Share: 0.4)));
        Assert.Equal("C-level", FitValues.Describe(FitAttribute.Seniority, new FitMatch("CLevel")));
        Assert.Equal("50 to 5,000", FitValues.Describe(FitAttribute.Employees, new FitMatch(Min: 50, Max: 5000)));
        Assert.Equal("5,001 to any", FitValues.Describe(FitAttribute.Employees, new FitMatch(Min: 5001)));
    }
}

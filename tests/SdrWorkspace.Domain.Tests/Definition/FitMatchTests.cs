using SdrWorkspace.Domain.Definition;

namespace SdrWorkspace.Domain.Tests.Definition;

public class FitMatchTests
{
    [Theory]
    [InlineData("Software", true)]
    [InlineData("SOFTWARE", true)]
    [InlineData("Software ", false)]
    [InlineData("Retail", false)]
    [InlineData(null, false)]
    public void ACategoryMatchesItsValueInAnyCase(string? value, bool expected)
    {
        Assert.Equal(expected, new FitMatch("Software").IsMatch(value));
    }

    [Theory]
    [InlineData(49, false)]
    [InlineData(50, true)]
    [InlineData(5000, true)]
    [InlineData(5001, false)]
    public void ARangeIncludesBothEnds(int value, bool expected)
    {
        Assert.Equal(expected, new FitMatch(Min: 50, Max: 5000).IsMatch((decimal?)value));
    }

    [Fact]
    public void ARangeWithoutAnUpperEndMatchesEverythingAboveItsLowerEnd()
    {
        var atLeastFifty = new FitMatch(Min: 50);

        Assert.True(atLeastFifty.IsMatch((decimal?)1_000_000));
        Assert.False(atLeastFifty.IsMatch((decimal?)10));
    }

    [Fact]
    public void AnUnknownNumberMatchesNoRange()
    {
        Assert.False(new FitMatch().IsMatch((decimal?)null));
    }

    [Fact]
    public void ACategoryNeverMatchesANumberAndARangeNeverMatchesText()
    {
        Assert.False(new FitMatch("500").IsMatch((decimal?)500));
        Assert.False(new FitMatch(Min: 0, Max: 1000).IsMatch("500"));
    }

    [Fact]
    public void AMatchEarnsTheWholeWeightUnlessGivenAShare()
    {
        Assert.Equal(1.0, new FitMatch("Software").Share);
    }
}

using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Tests.Definition;

public class PriorityBandsTests
{
    private static readonly PriorityBands Bands = new(Hot: 70, Warm: 45);

    [Theory]
    [InlineData(100, PriorityBand.Hot)]
    [InlineData(70, PriorityBand.Hot)]
    [InlineData(69, PriorityBand.Warm)]
    [InlineData(45, PriorityBand.Warm)]
    [InlineData(44, PriorityBand.Low)]
    [InlineData(0, PriorityBand.Low)]
    public void AScoreFallsInTheBandWhoseThresholdItReaches(int score, PriorityBand band)
    {
        Assert.Equal(band, Bands.BandOf(score));
    }

    [Theory]
    [InlineData(PriorityBand.Hot, 70, 100)]
    [InlineData(PriorityBand.Warm, 45, 69)]
    [InlineData(PriorityBand.Low, 0, 44)]
    public void ABandsRangeRunsFromItsThresholdToJustBelowTheNext(PriorityBand band, int min, int max)
    {
        Assert.Equal((min, max), Bands.RangeOf(band));
    }

    [Fact]
    public void EveryScoreLiesInTheRangeOfItsOwnBand()
    {
        Assert.All(Enumerable.Range(0, 101), score =>
        {
            var (min, max) = Bands.RangeOf(Bands.BandOf(score));
            Assert.InRange(score, min, max);
        });
    }
}

using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Tests.Scoring;

public class ScoreBandsTests
{
    [Theory]
    [InlineData(0, "0-19")]
    [InlineData(19, "0-19")]
    [InlineData(20, "20-39")]
    [InlineData(79, "60-79")]
    [InlineData(80, "80-100")]
    [InlineData(100, "80-100")]
    [InlineData(-5, "0-19")]
    public void AScoreFallsInItsTwentyPointBandAndAHundredInTheTopOne(int score, string band) =>
        Assert.Equal(band, ScoreBands.Of(score));
}

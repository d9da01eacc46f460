using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Tests.Scoring;

public class ScoreCardTopReasonsTests
{
    private static ScoreCard CardWith(params ScoreFactor[] factors) =>
        new(50, 40, 45, PriorityBand.Warm, new MqlAssessment(false, false, "Below the MQL rule"), factors, null, 1);

    [Fact]
    public void TheTopReasonsAreTheFactorsWithTheMostPointsWhicheverPartTheyCameFrom()
    {
        var card = CardWith(
            new ScoreFactor(ScorePart.Fit, "Industry: Software (in ICP)", 20),
            new ScoreFactor(ScorePart.Fit, "Seniority: VP (in ICP)", 25),
            new ScoreFactor(ScorePart.Engagement, "Pricing page visit x2", 30),
            new ScoreFactor(ScorePart.Fit, "Region: Europe (near ICP)", 5));

        Assert.Equal(["Pricing page visit x2", "Seniority: VP (in ICP)", "Industry: Software (in ICP)"], card.TopReasons(3).Select(f => f.Factor));
    }

    [Fact]
    public void AFactorThatGaveNoPointsIsNoReason()
    {
        var card = CardWith(
            new ScoreFactor(ScorePart.Fit, "Industry: Retail (outside ICP)", 0),
            new ScoreFactor(ScorePart.Fit, "Seniority: VP (in ICP)", 25));

        Assert.Equal(["Seniority: VP (in ICP)"], card.TopReasons(3).Select(f => f.Factor));
    }
}

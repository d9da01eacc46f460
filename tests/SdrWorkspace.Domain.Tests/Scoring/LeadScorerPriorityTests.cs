using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Scoring;

public class LeadScorerPriorityTests
{
    private static ScoreCard Score(FitProfileBuilder profile, EventsBuilder events, QualificationDefinition? definition = null) =>
        LeadScorer.Score(definition ?? Definitions.Default, profile.Build(), events.Build(), TestClock.Now);

    [Fact]
    public void TheCombinedScoreIsHalfFitAndHalfEngagement()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit());

        Assert.Equal(90, card.Fit);
        Assert.Equal(28, card.Engagement);
        Assert.Equal(59, card.Total);
    }

    [Fact]
    public void TheCombinedScoreRoundsHalvesUp()
    {
        var card = Score(FitProfileBuilder.PerfectFit(), EventsBuilder.None.DemoRequest());

        Assert.Equal(73, card.Total);
    }

    [Fact]
    public void TheDefinitionDecidesHowMuchOfTheScoreIsFit()
    {
        var definition = Definitions.Default with { FitShareOfScore = 0.8 };

        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit(), definition);

        Assert.Equal(78, card.Total);
    }

    [Fact]
    public void APerfectFitThatAskedForADemoIsHot()
    {
        var card = Score(FitProfileBuilder.PerfectFit(), EventsBuilder.None.DemoRequest());

        Assert.Equal(PriorityBand.Hot, card.Band);
    }

    [Fact]
    public void TheSeedMqlIsWarm()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit());

        Assert.Equal(PriorityBand.Warm, card.Band);
    }

    [Fact]
    public void ANonFitLeadWithLittleEngagementIsLow()
    {
        var card = Score(FitProfileBuilder.NonFit(), EventsBuilder.None.EmailOpens(2));

        Assert.Equal(PriorityBand.Low, card.Band);
    }

    [Theory]
    [InlineData(59, 45, PriorityBand.Hot)]
    [InlineData(60, 59, PriorityBand.Warm)]
    [InlineData(60, 45, PriorityBand.Warm)]
    [InlineData(70, 60, PriorityBand.Low)]
    public void BandThresholdsAreInclusive(int hot, int warm, PriorityBand expected)
    {
        var definition = Definitions.Default with { Priority = new PriorityBands(hot, warm) };

        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit(), definition);

        Assert.Equal(59, card.Total);
        Assert.Equal(expected, card.Band);
    }

    public static TheoryData<string, FitProfileBuilder, EventsBuilder> Scenarios => new()
    {
        { "seed MQL", FitProfileBuilder.IcpFit(), EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit() },
        { "nothing known, nothing done", FitProfileBuilder.Unknown(), EventsBuilder.None },
        { "non-fit hand-raise", FitProfileBuilder.NonFit(), EventsBuilder.None.DemoRequest() },
        { "opens only", FitProfileBuilder.PerfectFit(), EventsBuilder.None.EmailOpens(50) },
        { "coded reply", FitProfileBuilder.IcpFit(), EventsBuilder.None.Reply(DispositionCode.Interested) },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EveryScoreIsExplainedByNamedFactors(string scenario, FitProfileBuilder profile, EventsBuilder events)
    {
        var card = Score(profile, events);

        Assert.NotEmpty(card.Factors);
        Assert.All(card.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Factor), scenario));
        Assert.Equal(7, card.FitFactors.Count());
        Assert.Equal(card.Factors.Count, card.FitFactors.Count() + card.EngagementFactors.Count());
        Assert.False(string.IsNullOrWhiteSpace(card.Mql.Reason));
    }

    [Fact]
    public void TheFactorsNameTheCriteriaAndEventsThatProducedTheScore()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit());

        var names = card.Factors.Select(f => f.Factor.Split(':')[0]).ToList();
        Assert.Equal(
            ["Industry", "Company size", "Revenue", "Region", "Seniority", "Function", "Buying role",
             "Pricing page visit", "Content download", "Email open x3"],
            names);
    }

    [Fact]
    public void TheCardCarriesTheDefinitionVersionItWasScoredUnder()
    {
        var definition = Definitions.Default with { Version = 7 };

        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None, definition);

        Assert.Equal(7, card.DefinitionVersion);
    }
}

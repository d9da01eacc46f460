using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Scoring;

/// <summary>The short why a queue row has room for, and the last hand-raise the queue races on.</summary>
public class LeadScorerHighlightsTests
{
    private static ScoreCard Score(FitProfileBuilder profile, EventsBuilder events) =>
        LeadScorer.Score(Definitions.Default, profile.Build(), events.Build(), TestClock.Now);

    /// <summary>A VP at a 500-employee company whose industry and region are outside the ICP.</summary>
    private static FitProfileBuilder VpOutsideIcpMarkets() =>
        FitProfileBuilder.IcpFit().WithIndustry("Retail").WithRegion(Regions.LatinAmerica);

    [Fact]
    public void TheHighlightsAreTheTwoStrongestFitFactorsAndTheTopEngagement()
    {
        var card = Score(VpOutsideIcpMarkets(), EventsBuilder.None.PricingPageVisit().PricingPageVisit(daysAgo: 1).EmailOpens(2));

        Assert.Equal(["500 employees", "VP", "pricing page visit x2"], card.Highlights);
    }

    [Fact]
    public void OnlyTheStrongestEngagementIsHighlighted()
    {
        var card = Score(VpOutsideIcpMarkets(), EventsBuilder.None.PricingPageVisit().DemoRequest(daysAgo: 1));

        Assert.Equal("demo request", card.Highlights![^1]);
    }

    [Fact]
    public void RevenueIsHighlightedInShortMoney()
    {
        var card = Score(FitProfileBuilder.Unknown().WithEmployees(1200).WithRevenue(50_000_000), EventsBuilder.None);

        Assert.Equal(["1,200 employees", "$50M revenue"], card.Highlights);
    }

    [Fact]
    public void AtEqualPointsTheFitHighlightsFollowTheDefinitionsOrder()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None);

        Assert.Equal(["Software", "500 employees"], card.Highlights);
    }

    [Fact]
    public void NothingOutsideTheIcpOrUnknownIsHighlighted()
    {
        var card = Score(FitProfileBuilder.Unknown(), EventsBuilder.None);

        Assert.Equal([], card.Highlights);
    }

    [Fact]
    public void ANearMissStillEarnsAHighlight()
    {
        var card = Score(FitProfileBuilder.Unknown().WithSeniority(Seniority.Manager), EventsBuilder.None);

        Assert.Equal(["Manager"], card.Highlights);
    }

    [Fact]
    public void EngagementWorthNoPointsIsNotHighlighted()
    {
        var card = Score(FitProfileBuilder.Unknown(), EventsBuilder.None.Reply(DispositionCode.NotIcp));

        Assert.Equal([], card.Highlights);
    }

    [Fact]
    public void TheLastHandRaiseIsRememberedWithItsKind()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.Reply(DispositionCode.Interested, daysAgo: 1).DemoRequest(daysAgo: 4));

        Assert.Equal((TestClock.DaysAgo(1), EngagementSignal.PositiveReply), (card.LastHighIntentAt, card.LastHighIntentSignal));
    }

    [Fact]
    public void AHandRaiseOutsideTheMqlWindowIsStillTheLastHandRaise()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.MeetingBooked(daysAgo: 45).PricingPageVisit());

        Assert.Equal((TestClock.DaysAgo(45), EngagementSignal.MeetingBooked), (card.LastHighIntentAt, card.LastHighIntentSignal));
    }

    [Fact]
    public void WithoutAHandRaiseThereIsNoHighIntentSignal()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.PricingPageVisit().WebinarAttended().Reply());

        Assert.Null(card.LastHighIntentAt);
        Assert.Null(card.LastHighIntentSignal);
    }
}

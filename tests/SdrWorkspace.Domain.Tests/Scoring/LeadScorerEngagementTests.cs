using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Scoring;

public class LeadScorerEngagementTests
{
    private static ScoreCard Score(EventsBuilder events, DateTime? now = null) =>
        LeadScorer.Score(Definitions.Default, FitProfileBuilder.IcpFit().Build(), events.Build(), now ?? TestClock.Now);

    private static ScoreFactor EngagementFactor(ScoreCard card, string label) =>
        Assert.Single(card.EngagementFactors, f => f.Factor == label);

    [Fact]
    public void AnEbookThreeOpensAndAPricingPageVisitEarnTwentyEight()
    {
        var card = Score(EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit());

        Assert.Equal(28, card.Engagement);
        Assert.Equal(
            [
                new ScoreFactor(ScorePart.Engagement, "Pricing page visit", 15),
                new ScoreFactor(ScorePart.Engagement, "Content download", 10),
                new ScoreFactor(ScorePart.Engagement, "Email open x3", 3),
            ],
            card.EngagementFactors);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(15, 0.70710678118654757)]
    [InlineData(30, 0.5)]
    [InlineData(60, 0.25)]
    [InlineData(90, 0.125)]
    public void AnEventsPointsHalveEveryHalfLife(double ageDays, double share)
    {
        var decay = LeadScorer.Decay(30, TimeSpan.FromDays(ageDays));

        Assert.Equal(share, decay, 1e-9);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-30)]
    public void AFutureDatedEventDoesNotDecay(double ageDays)
    {
        Assert.Equal(1.0, LeadScorer.Decay(30, TimeSpan.FromDays(ageDays)));
    }

    [Fact]
    public void AZeroHalfLifeMeansNoDecay()
    {
        Assert.Equal(1.0, LeadScorer.Decay(0, TimeSpan.FromDays(365)));
    }

    [Fact]
    public void AnEbookDownloadKeepsHalfItsPointsAfterOneHalfLifeAndAQuarterAfterTwo()
    {
        var clock = TestClock.Fake();
        var events = EventsBuilder.Before(clock.UtcNow()).EbookDownload();

        clock.Advance(TimeSpan.FromDays(30));
        var afterOneHalfLife = Score(events, clock.UtcNow());
        clock.Advance(TimeSpan.FromDays(30));
        var afterTwoHalfLives = Score(events, clock.UtcNow());

        Assert.Equal(5, EngagementFactor(afterOneHalfLife, "Content download").Points);
        Assert.Equal(2.5, EngagementFactor(afterTwoHalfLives, "Content download").Points);
    }

    [Fact]
    public void TheHalfLifeComesFromTheDefinition()
    {
        var definition = Definitions.Default with { Engagement = Definitions.Default.Engagement with { HalfLifeDays = 10 } };

        var card = LeadScorer.Score(definition, FitProfileBuilder.IcpFit().Build(),
            EventsBuilder.None.EbookDownload(daysAgo: 10).Build(), TestClock.Now);

        Assert.Equal(5, EngagementFactor(card, "Content download").Points);
    }

    [Fact]
    public void AFutureDatedEventCountsInFull()
    {
        var card = Score(EventsBuilder.None.DemoRequest(daysAgo: -3));

        Assert.Equal(45, EngagementFactor(card, "Demo request").Points);
    }

    [Fact]
    public void FiftyOpensAreCappedAtFivePoints()
    {
        var card = Score(EventsBuilder.None.EmailOpens(50));

        Assert.Equal(new ScoreFactor(ScorePart.Engagement, "Email open x50", 5), Assert.Single(card.EngagementFactors));
        Assert.Equal(5, card.Engagement);
    }

    [Fact]
    public void ASignalsCapAppliesToItsDecayedTotal()
    {
        var fresh = Score(EventsBuilder.None.EmailClick().EmailClick().EmailClick().EmailClick());
        var old = Score(EventsBuilder.None.EmailClick(60).EmailClick(60).EmailClick(60).EmailClick(60));

        Assert.Equal(12, EngagementFactor(fresh, "Email click x4").Points);
        Assert.Equal(4, EngagementFactor(old, "Email click x4").Points);
    }

    [Fact]
    public void ASpecificPositiveReplyOutweighsManyOpens()
    {
        var reply = Score(EventsBuilder.None.Reply(DispositionCode.Interested));
        var opens = Score(EventsBuilder.None.EmailOpens(100));

        Assert.Equal(40, reply.Engagement);
        Assert.True(reply.Engagement > opens.Engagement);
    }

    [Fact]
    public void APricingPageVisitWeighsMoreThanAnyOtherPage()
    {
        var card = Score(EventsBuilder.None.PricingPageVisit().BlogVisit());

        Assert.Equal(15, EngagementFactor(card, "Pricing page visit").Points);
        Assert.Equal(2, EngagementFactor(card, "Page visit").Points);
    }

    [Fact]
    public void AnUncodedReplyCountsAsAPlainReply()
    {
        var card = Score(EventsBuilder.None.Reply());

        Assert.Equal(10, EngagementFactor(card, "Reply").Points);
    }

    [Fact]
    public void EventsWithoutWeightAddNoPointsAndNoFactor()
    {
        var card = Score(EventsBuilder.None
            .Add(EngagementType.Bounce).Add(EngagementType.Unsubscribe).Reply(DispositionCode.NotIcp));

        Assert.Empty(card.EngagementFactors);
        Assert.Equal(0, card.Engagement);
    }

    [Fact]
    public void EngagementIsCappedAtOneHundred()
    {
        var card = Score(EventsBuilder.None.DemoRequest().MeetingBooked().Reply(DispositionCode.Interested).PricingPageVisit());

        Assert.Equal(100, card.Engagement);
    }

    [Fact]
    public void EngagementFactorsAreListedStrongestFirst()
    {
        var card = Score(EventsBuilder.None.EmailOpens(2).WebinarAttended().DemoRequest().EmailClick());

        var points = card.EngagementFactors.Select(f => f.Points).ToList();
        Assert.Equal(points.OrderByDescending(p => p), points);
        Assert.Equal("Demo request", card.EngagementFactors.First().Factor);
    }

    [Fact]
    public void TheLastHighIntentMomentIsTheLatestHandRaiseOrPositiveReply()
    {
        var card = Score(EventsBuilder.None.DemoRequest(daysAgo: 9).Reply(DispositionCode.Interested, daysAgo: 2).PricingPageVisit(daysAgo: 1));

        Assert.Equal(TestClock.DaysAgo(2), card.LastHighIntentAt);
    }

    [Fact]
    public void ALeadWithoutHighIntentHasNoLastHighIntentMoment()
    {
        var card = Score(EventsBuilder.None.PricingPageVisit().EbookDownload().Reply());

        Assert.Null(card.LastHighIntentAt);
    }

    [Fact]
    public void EngagementBeyondAHundredIsCappedAndTheCapIsShownSoTheExplanationAddsUp()
    {
        var card = Score(EventsBuilder.None.DemoRequest().MeetingBooked().PricingPageVisit().PricingPageVisit());

        Assert.Equal(100, card.Engagement);
        var cap = EngagementFactor(card, "Capped at 100");
        Assert.Equal(-20, cap.Points);
        Assert.Equal(100, card.EngagementFactors.Sum(f => f.Points), precision: 1);
    }
}

using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Scoring;

public class LeadScorerMqlTests
{
    private static ScoreCard Score(FitProfileBuilder profile, EventsBuilder events) =>
        LeadScorer.Score(Definitions.Default, profile.Build(), events.Build(), TestClock.Now);

    [Fact]
    public void EbookThreeOpensAndPricingPageMakeAnIcpFitLeadAnMql()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.EbookDownload(daysAgo: 1).EmailOpens(3).PricingPageVisit());

        Assert.True(card.Mql.IsMql);
        Assert.False(card.Mql.ByHandRaise);
        Assert.Equal("MQL: fit 90 (needs 60) and engagement 28 (needs 25)", card.Mql.Reason);
    }

    [Fact]
    public void TheSameLeadBuiltFromAnImportedLeadAndAccountIsAnMql()
    {
        var lead = LeadBuilder.IcpFit().Build();

        var card = LeadScorer.Score(Definitions.Default, lead.FitProfile,
            EventsBuilder.None.EbookDownload().EmailOpens(3).PricingPageVisit().Build(), TestClock.Now);

        Assert.Equal(90, card.Fit);
        Assert.True(card.Mql.IsMql);
    }

    [Fact]
    public void AFormFillWithoutACompanyAndNoResponseIsLowPriorityAndNotAnMql()
    {
        var lead = LeadBuilder.FormFillWithoutCompany().Build();

        var card = LeadScorer.Score(Definitions.Default, lead.FitProfile, EventsBuilder.None.FormFill().Build(), TestClock.Now);

        Assert.Equal(PriorityBand.Low, card.Band);
        Assert.False(card.Mql.IsMql);
        Assert.Equal("Not an MQL: fit 0 is below 60, and engagement never makes up for fit", card.Mql.Reason);
    }

    [Fact]
    public void FiftyOpensWithoutAClickOrReplyDoNotMakeAPerfectFitLeadAnMql()
    {
        var card = Score(FitProfileBuilder.PerfectFit(), EventsBuilder.None.EmailOpens(50));

        Assert.False(card.Mql.IsMql);
        Assert.Equal("Not an MQL: email opens alone show interest, not intent", card.Mql.Reason);
    }

    [Fact]
    public void OpensAlongsideEventsWithoutWeightAreStillOpensAlone()
    {
        var card = Score(FitProfileBuilder.PerfectFit(), EventsBuilder.None.EmailOpens(20).Add(EngagementType.Bounce));

        Assert.False(card.Mql.IsMql);
        Assert.Contains("interest, not intent", card.Mql.Reason);
    }

    [Fact]
    public void OpensWithAClickAreJudgedOnTheEngagementThreshold()
    {
        var card = Score(FitProfileBuilder.PerfectFit(), EventsBuilder.None.EmailOpens(50).EmailClick());

        Assert.False(card.Mql.IsMql);
        Assert.Equal("Not an MQL: engagement 9 is below 25", card.Mql.Reason);
    }

    [Fact]
    public void AFittingLeadWithNoEngagementIsNotAnMqlForLackOfEngagement()
    {
        var card = Score(FitProfileBuilder.PerfectFit(), EventsBuilder.None);

        Assert.False(card.Mql.IsMql);
        Assert.Equal("Not an MQL: engagement 0 is below 25", card.Mql.Reason);
    }

    [Fact]
    public void NoAmountOfEngagementMakesANonFitLeadAnMql()
    {
        var card = Score(FitProfileBuilder.NonFit(), EventsBuilder.None
            .DemoRequest().MeetingBooked().Reply(DispositionCode.Interested).PricingPageVisit().WebinarAttended().EbookDownload());

        Assert.Equal(100, card.Engagement);
        Assert.False(card.Mql.IsMql);
        Assert.Equal("Not an MQL: fit 3 is below 60, and engagement never makes up for fit", card.Mql.Reason);
    }

    public static TheoryData<string, EventsBuilder, string> HandRaises => new()
    {
        { "demo request", EventsBuilder.None.DemoRequest(daysAgo: 2), "demo request" },
        { "meeting booked", EventsBuilder.None.MeetingBooked(daysAgo: 2), "meeting booked" },
        { "reply coded Interested", EventsBuilder.None.Reply(DispositionCode.Interested, daysAgo: 2), "positive reply" },
        { "reply coded Meeting requested", EventsBuilder.None.Reply(DispositionCode.MeetingRequested, daysAgo: 2), "positive reply" },
    };

    [Theory]
    [MemberData(nameof(HandRaises))]
    public void AHandRaiseFromAnIcpFitLeadMakesItAnMqlAtOnce(string handRaise, EventsBuilder events, string label)
    {
        var card = Score(FitProfileBuilder.IcpFit(), events);

        Assert.True(card.Mql.IsMql, handRaise);
        Assert.True(card.Mql.ByHandRaise, handRaise);
        Assert.Equal($"MQL: {label} from an ICP-fit lead (fit 90)", card.Mql.Reason);
    }

    [Fact]
    public void AHandRaiseMakesAnMqlEvenBelowTheEngagementThreshold()
    {
        var definition = Definitions.Default with { Mql = Definitions.Default.Mql with { MinEngagement = 90 } };

        var card = LeadScorer.Score(definition, FitProfileBuilder.IcpFit().Build(),
            EventsBuilder.None.DemoRequest().Build(), TestClock.Now);

        Assert.True(card.Mql.IsMql);
        Assert.True(card.Mql.ByHandRaise);
    }

    [Fact]
    public void AHandRaiseOlderThanTheWindowDoesNotMakeAnMql()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.DemoRequest(daysAgo: 31));

        Assert.False(card.Mql.IsMql);
        Assert.False(card.Mql.ByHandRaise);
        Assert.Equal("Not an MQL: engagement 22 is below 25", card.Mql.Reason);
    }

    [Fact]
    public void AHandRaiseOnTheLastDayOfTheWindowStillCounts()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.DemoRequest(daysAgo: 30));

        Assert.True(card.Mql.ByHandRaise);
    }

    [Fact]
    public void TheLatestHandRaiseIsTheOneNamed()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.DemoRequest(daysAgo: 5).MeetingBooked(daysAgo: 1));

        Assert.Equal("MQL: meeting booked from an ICP-fit lead (fit 90)", card.Mql.Reason);
    }

    [Theory]
    [InlineData(DispositionCode.Referral)]
    [InlineData(DispositionCode.PriceObjection)]
    [InlineData(DispositionCode.Timing)]
    public void AReplyThatIsNotPositiveIsNoHandRaise(DispositionCode code)
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.Reply(code));

        Assert.False(card.Mql.IsMql);
        Assert.False(card.Mql.ByHandRaise);
    }

    [Fact]
    public void AnUncodedReplyIsNoHandRaise()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.Reply());

        Assert.False(card.Mql.IsMql);
        Assert.Equal("Not an MQL: engagement 10 is below 25", card.Mql.Reason);
    }

    [Fact]
    public void AHandRaiseFromANonFitLeadIsNotAnMql()
    {
        var card = Score(FitProfileBuilder.NonFit(), EventsBuilder.None.DemoRequest());

        Assert.False(card.Mql.IsMql);
        Assert.False(card.Mql.ByHandRaise);
    }

    [Fact]
    public void FitExactlyAtTheThresholdPasses()
    {
        var fitOfSixty = FitProfileBuilder.Unknown().WithIndustry("Software").WithEmployees(500).WithRevenue(50_000_000).WithFunction(JobFunction.Sales);

        var card = Score(fitOfSixty, EventsBuilder.None.DemoRequest());

        Assert.Equal(60, card.Fit);
        Assert.True(card.Mql.IsMql);
    }

    [Fact]
    public void FitJustBelowTheThresholdFails()
    {
        var fitOfFiftyNine = FitProfileBuilder.Unknown().WithIndustry("Software").WithEmployees(500).WithRevenue(50_000_000)
            .WithSeniority(Seniority.Manager).WithBuyingRole(BuyingRole.User);

        var card = Score(fitOfFiftyNine, EventsBuilder.None.DemoRequest());

        Assert.Equal(59, card.Fit);
        Assert.False(card.Mql.IsMql);
        Assert.Equal("Not an MQL: fit 59 is below 60, and engagement never makes up for fit", card.Mql.Reason);
    }

    [Fact]
    public void EngagementExactlyAtTheThresholdPasses()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.PricingPageVisit().EbookDownload());

        Assert.Equal(25, card.Engagement);
        Assert.True(card.Mql.IsMql);
    }

    [Fact]
    public void EngagementJustBelowTheThresholdFails()
    {
        var card = Score(FitProfileBuilder.IcpFit(), EventsBuilder.None.PricingPageVisit().Add(EngagementType.WebinarRegistered).EmailClick());

        Assert.Equal(24, card.Engagement);
        Assert.False(card.Mql.IsMql);
        Assert.Equal("Not an MQL: engagement 24 is below 25", card.Mql.Reason);
    }

    [Fact]
    public void OnlyTheDefinitionsHandRaisesMakeAnMqlAtOnce()
    {
        var definition = Definitions.Default with { Mql = Definitions.Default.Mql with { HandRaises = [EngagementSignal.MeetingBooked] } };

        var card = LeadScorer.Score(definition, FitProfileBuilder.IcpFit().Build(), EventsBuilder.None.DemoRequest().Build(), TestClock.Now);

        Assert.True(card.Mql.IsMql);
        Assert.False(card.Mql.ByHandRaise);
    }
}

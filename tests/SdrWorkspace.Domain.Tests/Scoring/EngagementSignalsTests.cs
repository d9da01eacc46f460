using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Scoring;

public class EngagementSignalsTests
{
    private static EngagementSignal Classify(EngagementType type, string? url = null, DispositionCode? code = null) =>
        LeadScorer.Classify(Definitions.Default, new EngagementFact(type, TestClock.Now, url, code));

    [Theory]
    [InlineData(EngagementType.EmailOpen, EngagementSignal.EmailOpen)]
    [InlineData(EngagementType.EmailClick, EngagementSignal.EmailClick)]
    [InlineData(EngagementType.EmailReply, EngagementSignal.Reply)]
    [InlineData(EngagementType.PageVisit, EngagementSignal.PageVisit)]
    [InlineData(EngagementType.ContentDownload, EngagementSignal.ContentDownload)]
    [InlineData(EngagementType.WebinarRegistered, EngagementSignal.WebinarRegistered)]
    [InlineData(EngagementType.WebinarAttended, EngagementSignal.WebinarAttended)]
    [InlineData(EngagementType.FormSubmit, EngagementSignal.FormSubmit)]
    [InlineData(EngagementType.DemoRequest, EngagementSignal.DemoRequest)]
    [InlineData(EngagementType.MeetingBooked, EngagementSignal.MeetingBooked)]
    [InlineData(EngagementType.Bounce, EngagementSignal.None)]
    [InlineData(EngagementType.Unsubscribe, EngagementSignal.None)]
    public void EachEventTypeIsClassifiedAsItsSignal(EngagementType type, EngagementSignal expected)
    {
        Assert.Equal(expected, Classify(type));
    }

    [Theory]
    [InlineData(DispositionCode.Interested, EngagementSignal.PositiveReply)]
    [InlineData(DispositionCode.MeetingRequested, EngagementSignal.PositiveReply)]
    [InlineData(DispositionCode.Referral, EngagementSignal.Reply)]
    [InlineData(DispositionCode.Timing, EngagementSignal.Reply)]
    [InlineData(DispositionCode.PriceObjection, EngagementSignal.Reply)]
    [InlineData(DispositionCode.NotIcp, EngagementSignal.None)]
    [InlineData(DispositionCode.NoNeed, EngagementSignal.None)]
    [InlineData(DispositionCode.Competitor, EngagementSignal.None)]
    [InlineData(DispositionCode.OutOfOffice, EngagementSignal.None)]
    [InlineData(DispositionCode.WrongContact, EngagementSignal.None)]
    [InlineData(DispositionCode.Unsubscribe, EngagementSignal.None)]
    public void ACodedReplyCountsAsTheSignalItsDispositionSays(DispositionCode code, EngagementSignal expected)
    {
        Assert.Equal(expected, Classify(EngagementType.EmailReply, code: code));
    }

    [Fact]
    public void AReplyCodedWithACodeTheDefinitionLacksCountsAsAPlainReply()
    {
        var definition = Definitions.Default with { Dispositions = [] };

        Assert.Equal(EngagementSignal.Reply, definition.ReplySignal(DispositionCode.Interested));
    }

    [Theory]
    [InlineData("https://example.com/pricing")]
    [InlineData("/Pricing/enterprise")]
    [InlineData("https://example.com/plans-and-PRICING?utm=x")]
    public void APageWhoseAddressMentionsPricingIsAPricingPageVisit(string url)
    {
        Assert.Equal(EngagementSignal.PricingPageVisit, Classify(EngagementType.PageVisit, url));
    }

    [Theory]
    [InlineData("https://example.com/blog/pricing-psychology", true)]
    [InlineData("https://example.com/blog", false)]
    [InlineData(null, false)]
    public void IsPricingPageLooksForPricingAnywhereInTheAddress(string? url, bool expected)
    {
        Assert.Equal(expected, EngagementSignals.IsPricingPage(url));
    }

    [Theory]
    [InlineData(EngagementSignal.DemoRequest, true)]
    [InlineData(EngagementSignal.MeetingBooked, true)]
    [InlineData(EngagementSignal.PositiveReply, true)]
    [InlineData(EngagementSignal.PricingPageVisit, false)]
    [InlineData(EngagementSignal.Reply, false)]
    [InlineData(EngagementSignal.WebinarAttended, false)]
    [InlineData(EngagementSignal.EmailOpen, false)]
    [InlineData(EngagementSignal.None, false)]
    public void OnlyHandRaisesAndPositiveRepliesAreHighIntent(EngagementSignal signal, bool expected)
    {
        Assert.Equal(expected, Definitions.Default.IsHandRaise(signal));
    }

    [Fact]
    public void EverySignalHasItsOwnLabel()
    {
        var labels = Enum.GetValues<EngagementSignal>().Where(s => s != EngagementSignal.None).Select(s => s.Label()).ToList();

        Assert.DoesNotContain("No signal", labels);
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }
}

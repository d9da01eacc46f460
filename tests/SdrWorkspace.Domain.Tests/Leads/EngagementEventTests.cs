using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

public class EngagementEventTests
{
    [Fact]
    public void AnEventsFactCarriesWhatScoringReads()
    {
        var visit = new EngagementEvent(7, EngagementType.PageVisit, TestClock.Now, "evt-1", "https://example.com/pricing");

        Assert.Equal(new EngagementFact(EngagementType.PageVisit, TestClock.Now, "https://example.com/pricing", null), visit.ToFact());
    }

    [Fact]
    public void CodingAReplyRecordsTheCodeWhoAndWhen()
    {
        var reply = new EngagementEvent(7, EngagementType.EmailReply, TestClock.DaysAgo(1), text: "Sounds good, send times");

        reply.Code(DispositionCode.MeetingRequested, "sam@example.com", TestClock.Now);

        Assert.Equal(DispositionCode.MeetingRequested, reply.Disposition);
        Assert.Equal("sam@example.com", reply.CodedBy);
        Assert.Equal(TestClock.Now, reply.CodedAt);
        Assert.Equal(DispositionCode.MeetingRequested, reply.ToFact().Disposition);
    }

    [Fact]
    public void ACodedReplyCanBeRecoded()
    {
        var reply = new EngagementEvent(7, EngagementType.EmailReply, TestClock.DaysAgo(1));
        reply.Code(DispositionCode.Referral, "sam@example.com", TestClock.DaysAgo(1));

        reply.Code(DispositionCode.Interested, "ana@example.com", TestClock.Now);

        Assert.Equal(DispositionCode.Interested, reply.Disposition);
        Assert.Equal("ana@example.com", reply.CodedBy);
    }

    [Theory]
    [InlineData(EngagementType.EmailOpen)]
    [InlineData(EngagementType.DemoRequest)]
    [InlineData(EngagementType.Bounce)]
    public void OnlyRepliesAreCoded(EngagementType type)
    {
        var open = new EngagementEvent(7, type, TestClock.Now);

        var error = Assert.Throws<DomainException>(() => open.Code(DispositionCode.Interested, "sam@example.com", TestClock.Now));

        Assert.Equal("Only replies are coded with a disposition.", error.Message);
        Assert.False(open.IsReply);
        Assert.Null(open.Disposition);
    }
}

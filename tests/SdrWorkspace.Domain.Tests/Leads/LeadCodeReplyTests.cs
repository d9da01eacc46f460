using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

public class LeadCodeReplyTests
{
    private const string Sdr = "sdr@demo.local";
    private static readonly DateOnly InTwoWeeks = TestClock.Today.AddDays(14);

    private static EngagementEvent ReplyTo(Lead lead) =>
        new(lead.Id, EngagementType.EmailReply, TestClock.DaysAgo(1), text: "Some reply");

    private static ReplyCoding Code(Lead lead, EngagementEvent reply, DispositionCode code, bool fitsIcp = true, DateOnly? date = null, string? note = null) =>
        lead.CodeReply(reply, Definitions.Default.Disposition(code), fitsIcp, new ReplyCodingRequest(Sdr, TestClock.Now, Moves.Version, date, note));

    [Fact]
    public void InterestedMakesAnIcpFitLeadAnMqlAtOnce()
    {
        var lead = LeadBuilder.IcpFit().Build();

        Code(lead, ReplyTo(lead), DispositionCode.Interested);

        Assert.Equal(LifecycleStage.MQL, lead.Stage);
        Assert.Equal(Sdr, lead.StageHistory[^1].Actor);
    }

    [Fact]
    public void InterestedLeavesALeadThatDoesNotFitWhereItIs()
    {
        var lead = LeadBuilder.IcpFit().WithAccount(LeadBuilder.NonFitAccount()).Build();

        Code(lead, ReplyTo(lead), DispositionCode.Interested, fitsIcp: false);

        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Fact]
    public void UnsubscribeMarksTheLeadDoNotContact()
    {
        var lead = LeadBuilder.IcpFit().Build();

        Code(lead, ReplyTo(lead), DispositionCode.Unsubscribe);

        Assert.True(lead.DoNotContact);
    }

    [Fact]
    public void OutOfOfficePausesTheCadenceUntilTheReturnDate()
    {
        var lead = LeadBuilder.IcpFit().Build();

        Code(lead, ReplyTo(lead), DispositionCode.OutOfOffice, date: InTwoWeeks);

        Assert.Equal(InTwoWeeks, lead.CadencePausedUntil);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Fact]
    public void TimingNurturesTheLeadUntilTheFollowUpDate()
    {
        var lead = LeadBuilder.IcpFit().Build();

        Code(lead, ReplyTo(lead), DispositionCode.Timing, date: InTwoWeeks);

        Assert.Equal(LifecycleStage.Nurture, lead.Stage);
        Assert.Equal(InTwoWeeks, lead.ReactivationOn);
    }

    [Fact]
    public void AWrongContactFlagsTheLeadsData()
    {
        var lead = LeadBuilder.IcpFit().Build();

        Code(lead, ReplyTo(lead), DispositionCode.WrongContact);

        Assert.Equal(TestClock.Now, lead.BadDataFlaggedAt);
    }

    [Fact]
    public void ACodeThatNeedsADateIsRefusedWithoutOne()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var reply = ReplyTo(lead);

        Assert.Throws<DomainException>(() => Code(lead, reply, DispositionCode.OutOfOffice));
        Assert.Null(reply.Disposition);
    }

    [Fact]
    public void RecodingIsAllowedAndRecordsTheCodeItReplaced()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var reply = ReplyTo(lead);
        Code(lead, reply, DispositionCode.PriceObjection);

        var recoding = Code(lead, reply, DispositionCode.Referral, note: "Misread it");

        Assert.Equal(DispositionCode.Referral, reply.Disposition);
        Assert.Equal(DispositionCode.PriceObjection, recoding.PreviousCode);
        Assert.Equal("Misread it", recoding.Note);
        Assert.Equal(Sdr, recoding.CodedBy);
    }

    [Fact]
    public void OnlyThisLeadsRepliesCanBeCoded()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var click = new EngagementEvent(lead.Id, EngagementType.EmailClick, TestClock.DaysAgo(1));
        var othersReply = new EngagementEvent(lead.Id + 1, EngagementType.EmailReply, TestClock.DaysAgo(1));

        Assert.Throws<DomainException>(() => Code(lead, click, DispositionCode.Interested));
        Assert.Throws<DomainException>(() => Code(lead, othersReply, DispositionCode.Interested));
    }

    [Fact]
    public void ANoteOverItsLimitIsRefusedBeforeTheReplyOrTheLeadChanges()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var reply = ReplyTo(lead);

        Assert.Throws<DomainException>(() => Code(lead, reply, DispositionCode.Interested, note: new string('x', TextLimits.Comment + 1)));

        Assert.Null(reply.Disposition);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Fact]
    public void ANoteIsStoredTrimmedAndWholeAtItsLimit()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var note = new string('é', TextLimits.Comment);

        Assert.Equal(note, Code(lead, ReplyTo(lead), DispositionCode.Timing, date: InTwoWeeks, note: "  " + note + "\n").Note);
    }
}

using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Handover;

/// <summary>An SDR a lead was shared with answers its MQL, hands it over and finishes its qualification like the owner.</summary>
public class SharedLeadTests
{
    private static Lead SharedWithOtherSdr(LifecycleStage stage)
    {
        var lead = LeadBuilder.IcpFit().OwnedBy(Actors.OwningSdr.UserId).InStage(stage, TestClock.DaysAgo(0.5)).Build();
        lead.ShareWith(Actors.OtherSdr.UserId, Actors.Manager.Name, TestClock.Now);
        return lead;
    }

    [Fact]
    public void AnSdrAnMqlIsSharedWithMayAcceptIt()
    {
        var lead = SharedWithOtherSdr(LifecycleStage.MQL);

        var review = MqlReview.Accept(lead, Actors.OtherSdr, Definitions.Default, TestClock.Now);

        Assert.Equal((MqlOutcome.Accepted, LifecycleStage.SAL), (review.Outcome, lead.Stage));
    }

    [Fact]
    public void AnSdrAnMqlIsSharedWithMayRejectIt()
    {
        var lead = SharedWithOtherSdr(LifecycleStage.MQL);

        MqlReview.Reject(lead, Actors.OtherSdr, MqlRejectionReason.NoIntent, null, Definitions.Default, TestClock.Now);

        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Fact]
    public void AnSdrAnSqlIsSharedWithMayHandItOver()
    {
        var lead = SharedWithOtherSdr(LifecycleStage.SQL);

        var handover = SqlHandover.Start(lead, Actors.OtherSdr, Actors.Ae.UserId, byRule: false, Definitions.Default, TestClock.Now);

        Assert.Equal(Actors.OtherSdr.UserId, handover.HandedOverById);
    }

    [Fact]
    public void FinishingAQualificationAcceptsAnMqlOnlyForSomeoneWhoMayAnswerIt()
    {
        var shared = SharedWithOtherSdr(LifecycleStage.MQL);
        var notShared = LeadBuilder.IcpFit().OwnedBy(Actors.OwningSdr.UserId).InStage(LifecycleStage.MQL, TestClock.DaysAgo(0.5)).Build();
        var qualifying = AnswersBuilder.Empty.Confirmed("budget", "authority", "need");

        Assessments.Answered(shared, Framework.BANT, qualifying).Complete(shared, Definitions.Default, Actors.OtherSdr, TestClock.Now);
        var error = Assert.Throws<DomainException>(() =>
            Assessments.Answered(notShared, Framework.BANT, qualifying).Complete(notShared, Definitions.Default, Actors.OtherSdr, TestClock.Now));

        Assert.Equal(LifecycleStage.SQL, shared.Stage);
        Assert.Contains(shared.StageHistory, c => c.To == LifecycleStage.SAL && c.Actor == Actors.OtherSdr.Name);
        Assert.Equal("Only the SDR who owns this lead or one it is shared with, or a manager, can finish its qualification.", error.Message);
        Assert.Equal(LifecycleStage.MQL, notShared.Stage);
    }
}

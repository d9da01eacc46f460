using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Handover;

public class MqlReviewTests
{
    private static Lead Mql(DateTime? at = null) =>
        LeadBuilder.IcpFit().OwnedBy(Actors.OwningSdr.UserId).InStage(LifecycleStage.MQL, at ?? TestClock.DaysAgo(0.5)).Build();

    [Fact]
    public void TheOwningSdrAcceptsAnMqlAndItBecomesSalWithTheWholeAudit()
    {
        var lead = Mql();

        var review = MqlReview.Accept(lead, Actors.OwningSdr, Definitions.Default, TestClock.Now);

        Assert.Equal(LifecycleStage.SAL, lead.Stage);
        Assert.Equal(MqlOutcome.Accepted, review.Outcome);
        var change = lead.StageHistory[^1];
        Assert.Equal((LifecycleStage.MQL, LifecycleStage.SAL, "sam@demo.local", TestClock.Now, 1),
            (change.From!.Value, change.To, change.Actor, change.At, change.DefinitionVersion));
    }

    [Fact]
    public void AnAnswerWithinOneWorkingDayIsWithinTheSla()
    {
        var lead = Mql(TestClock.DaysAgo(0.5));

        var review = MqlReview.Accept(lead, Actors.OwningSdr, Definitions.Default, TestClock.Now);

        Assert.Equal(TestClock.DaysAgo(0.5).AddDays(1), review.DueAt);
        Assert.True(review.WithinSla);
    }

    [Fact]
    public void AnAnswerAfterTheWorkingDayBreachesTheSla()
    {
        var lead = Mql(TestClock.DaysAgo(2));

        var review = MqlReview.Reject(lead, Actors.OwningSdr, MqlRejectionReason.NoIntent, null, Definitions.Default, TestClock.Now);

        Assert.False(review.WithinSla);
    }

    [Fact]
    public void ARejectionSendsTheLeadBackToMarketingWithTheReason()
    {
        var lead = Mql();

        var review = MqlReview.Reject(lead, Actors.OwningSdr, MqlRejectionReason.AlreadyInDeal, "Open deal with their parent company", Definitions.Default, TestClock.Now);

        Assert.Equal(LifecycleStage.Lead, lead.Stage);
        Assert.Equal((MqlRejectionReason.AlreadyInDeal, "Open deal with their parent company"), (review.Reason!.Value, review.ReasonText));
        Assert.Equal("MQL rejected: Already in a deal (Open deal with their parent company)", lead.StageHistory[^1].Reason);
    }

    [Fact]
    public void OtherAsAReasonNeedsText()
    {
        var lead = Mql();

        var error = Assert.Throws<DomainException>(() => MqlReview.Reject(lead, Actors.OwningSdr, MqlRejectionReason.Other, " ", Definitions.Default, TestClock.Now));

        Assert.Equal("Say why the MQL is rejected when the reason is Other.", error.Message);
        Assert.Equal(LifecycleStage.MQL, lead.Stage);
    }

    [Fact]
    public void AManagerMayDecideOnAnyMql()
    {
        var lead = Mql();

        MqlReview.Accept(lead, Actors.Manager, Definitions.Default, TestClock.Now);

        Assert.Equal(LifecycleStage.SAL, lead.Stage);
    }

    public static TheoryData<string> NotAllowedToDecide => ["other-sdr", "marketing", "ae"];

    [Theory]
    [MemberData(nameof(NotAllowedToDecide))]
    public void AnotherSdrMarketingAndAnAeCannotDecideOnAnMql(string who)
    {
        var actor = who switch { "other-sdr" => Actors.OtherSdr, "marketing" => Actors.Marketing, _ => Actors.Ae };
        var lead = Mql();

        var error = Assert.Throws<DomainException>(() => MqlReview.Accept(lead, actor, Definitions.Default, TestClock.Now));

        Assert.Equal(MqlReview.MayNotAnswer, error.Message);
        Assert.Equal(LifecycleStage.MQL, lead.Stage);
    }

    [Fact]
    public void ALeadThatIsNoLongerAnMqlCannotBeAcceptedAgain()
    {
        var lead = Mql();
        MqlReview.Accept(lead, Actors.OwningSdr, Definitions.Default, TestClock.Now);

        var error = Assert.Throws<DomainException>(() => MqlReview.Accept(lead, Actors.OwningSdr, Definitions.Default, TestClock.Now));

        Assert.Equal("This lead is no longer an MQL: it is SAL.", error.Message);
    }

    [Fact]
    public void MarketingCommentsOnARejectionButNotOnAnAcceptance()
    {
        var rejectedLead = Mql();
        MqlReview.Reject(rejectedLead, Actors.OwningSdr, MqlRejectionReason.NotIcp, null, Definitions.Default, TestClock.Now);
        var acceptedLead = Mql();
        MqlReview.Accept(acceptedLead, Actors.OwningSdr, Definitions.Default, TestClock.Now);

        var comment = RejectionComment.On(rejectedLead.StageHistory[^1], Actors.Marketing, "  They attended two webinars, worth a second look?  ", TestClock.Now);

        Assert.Equal(("morgan@demo.local", "They attended two webinars, worth a second look?"), (comment.Author, comment.Text));
        Assert.Throws<DomainException>(() => RejectionComment.On(acceptedLead.StageHistory[^1], Actors.Marketing, "Nice", TestClock.Now));
        Assert.Throws<DomainException>(() => RejectionComment.On(rejectedLead.StageHistory[^1], Actors.Ae, "Not mine", TestClock.Now));
    }

    [Fact]
    public void TheSdrWhoRejectedMayAnswerMarketingButAnotherSdrMayNot()
    {
        var lead = Mql();
        MqlReview.Reject(lead, Actors.OwningSdr, MqlRejectionReason.BadData, "Phone number is a fax", Definitions.Default, TestClock.Now);

        var answer = RejectionComment.On(lead.StageHistory[^1], Actors.OwningSdr, "Found the right number, will retry", TestClock.Now);

        Assert.Equal("sam@demo.local", answer.Author);
        Assert.Throws<DomainException>(() => RejectionComment.On(lead.StageHistory[^1], Actors.OtherSdr, "Me too", TestClock.Now));
    }
}

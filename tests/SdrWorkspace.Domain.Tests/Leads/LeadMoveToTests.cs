using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

public class LeadMoveToTests
{
    private static readonly DateTime At = TestClock.Now;

    [Fact]
    public void AMoveRecordsFromToActorReasonDefinitionVersionAndTime()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.MQL).Build();

        var change = lead.MoveTo(new StageMove(LifecycleStage.SAL, "sam@example.com", "Called, confirmed interest", 4, At));

        Assert.Same(change, lead.StageHistory[^1]);
        Assert.Equal(LifecycleStage.MQL, change.From);
        Assert.Equal(LifecycleStage.SAL, change.To);
        Assert.Equal("sam@example.com", change.Actor);
        Assert.Equal("Called, confirmed interest", change.Reason);
        Assert.Equal(4, change.DefinitionVersion);
        Assert.Equal(At, change.At);
    }

    [Fact]
    public void AMoveUpdatesTheLeadsStageItsTimeAndItsDefinitionVersion()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.MoveTo(new StageMove(LifecycleStage.MQL, Moves.Sdr, "Hand-raise", 3, At));

        Assert.Equal(LifecycleStage.MQL, lead.Stage);
        Assert.Equal(At, lead.StageChangedAt);
        Assert.Equal(3, lead.DefinitionVersion);
    }

    [Fact]
    public void TheHistoryKeepsEveryMoveInOrder()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.MoveTo(Moves.To(LifecycleStage.MQL, At.AddMinutes(1)));
        lead.MoveTo(Moves.To(LifecycleStage.SAL, At.AddMinutes(2)));
        lead.MoveTo(Moves.To(LifecycleStage.SQL, At.AddMinutes(3)));
        lead.MoveTo(Moves.To(LifecycleStage.Opportunity, At.AddMinutes(4)));

        Assert.Equal(
            [(null, LifecycleStage.Lead), (LifecycleStage.Lead, LifecycleStage.MQL), (LifecycleStage.MQL, LifecycleStage.SAL),
             (LifecycleStage.SAL, LifecycleStage.SQL), (LifecycleStage.SQL, LifecycleStage.Opportunity)],
            lead.StageHistory.Select(c => (c.From, c.To)));
    }

    [Fact]
    public void MovingToTheCurrentStageIsRefused()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.MQL).Build();

        var error = Assert.Throws<DomainException>(() => lead.MoveTo(Moves.To(LifecycleStage.MQL)));

        Assert.Equal("The lead is already MQL.", error.Message);
    }

    [Fact]
    public void AnIllegalMoveSaysWhichMoveIsRefused()
    {
        var lead = LeadBuilder.IcpFit().Build();

        var error = Assert.Throws<DomainException>(() => lead.MoveTo(Moves.To(LifecycleStage.Opportunity)));

        Assert.Equal("A lead cannot move from Lead to Opportunity.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AMoveWithoutAnActorIsRefused(string actor)
    {
        var lead = LeadBuilder.IcpFit().Build();

        Assert.Throws<DomainException>(() => lead.MoveTo(new StageMove(LifecycleStage.MQL, actor, "Scored", 1, At)));
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Theory]
    [InlineData(LifecycleStage.Disqualified, "")]
    [InlineData(LifecycleStage.Disqualified, "  ")]
    [InlineData(LifecycleStage.Nurture, "")]
    [InlineData(LifecycleStage.Nurture, " ")]
    public void DisqualifyingOrNurturingNeedsAReason(LifecycleStage to, string reason)
    {
        var lead = LeadBuilder.IcpFit().Build();

        var error = Assert.Throws<DomainException>(() => lead.MoveTo(Moves.To(to, reason: reason)));

        Assert.Equal($"Moving a lead to {to} needs a reason.", error.Message);
    }

    [Fact]
    public void RejectingAnMqlNeedsAReason()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.MQL).Build();

        var error = Assert.Throws<DomainException>(() => lead.MoveTo(Moves.To(LifecycleStage.Lead, reason: "")));

        Assert.Equal("Rejecting an MQL needs a reason.", error.Message);
    }

    [Fact]
    public void ReturningAHandoverNeedsAReason()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.SQL).Build();

        var error = Assert.Throws<DomainException>(() => lead.MoveTo(Moves.To(LifecycleStage.SAL, reason: " ")));

        Assert.Equal("Returning a handover needs a reason.", error.Message);
    }

    [Fact]
    public void OtherMovesNeedNoReason()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.Nurture).Build();

        lead.MoveTo(Moves.To(LifecycleStage.Lead, reason: ""));

        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    public static TheoryData<DateOnly?> NotFutureDates => new() { null, TestClock.Today, TestClock.Today.AddDays(-1) };

    [Theory]
    [MemberData(nameof(NotFutureDates))]
    public void NurtureNeedsAReactivationDateInTheFuture(DateOnly? reactivation)
    {
        var lead = LeadBuilder.IcpFit().Build();

        var error = Assert.Throws<DomainException>(() =>
            lead.MoveTo(new StageMove(LifecycleStage.Nurture, Moves.Sdr, "Fits, not responding", 1, At, reactivation)));

        Assert.Equal("Nurture needs a reactivation date in the future.", error.Message);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
    }

    [Fact]
    public void NurtureStoresTheReactivationDate()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.MoveTo(new StageMove(LifecycleStage.Nurture, Moves.Sdr, "Fits, not responding", 1, At, TestClock.Today.AddDays(1)));

        Assert.Equal(LifecycleStage.Nurture, lead.Stage);
        Assert.Equal(TestClock.Today.AddDays(1), lead.ReactivationOn);
    }

    [Fact]
    public void LeavingNurtureClearsTheReactivationDate()
    {
        var lead = LeadBuilder.IcpFit().InStage(LifecycleStage.Nurture, TestClock.DaysAgo(5)).Build();

        lead.MoveTo(Moves.To(LifecycleStage.Lead));

        Assert.Null(lead.ReactivationOn);
    }

    [Fact]
    public void AReactivationDateOnAnyOtherMoveIsIgnored()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.MoveTo(new StageMove(LifecycleStage.MQL, Moves.Sdr, "Scored", 1, At, TestClock.Today.AddMonths(3)));

        Assert.Null(lead.ReactivationOn);
    }

    [Fact]
    public void DisqualifyingStoresTheReasonAndReopeningClearsIt()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.MoveTo(Moves.To(LifecycleStage.Disqualified, At, "Student, no company"));
        var reasonWhileDisqualified = lead.DisqualificationReason;
        lead.MoveTo(Moves.To(LifecycleStage.Lead, At.AddDays(1), "Now works at a software firm"));

        Assert.Equal("Student, no company", reasonWhileDisqualified);
        Assert.Null(lead.DisqualificationReason);
    }

    [Fact]
    public void AnOverlongReasonIsCutToTheStoredLength()
    {
        var lead = LeadBuilder.IcpFit().Build();

        var change = lead.MoveTo(Moves.To(LifecycleStage.Disqualified, reason: new string('x', 1500)));

        Assert.Equal(StageChange.ReasonMaxLength, change.Reason.Length);
        Assert.Equal(Lead.ReasonMaxLength, lead.DisqualificationReason!.Length);
    }
}

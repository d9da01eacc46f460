using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>An SDR working a lead: touches, the planned next step, speed to lead and assignment.</summary>
public class LeadWorkTests
{
    private static readonly DateTime Now = TestClock.Now;

    /// <summary>The builder's leads are not stored yet, so their id is the default one.</summary>
    private static Touch TouchOf(Lead lead, DateTime at, TouchChannel channel = TouchChannel.Call) =>
        new(lead.Id, channel, Touch.OutcomesFor(channel)[0], at, "sam");

    private static Lead HandRaisedAt(DateTime at)
    {
        var lead = LeadBuilder.IcpFit().Build();
        var events = EventsBuilder.Before(Now).At(EngagementType.DemoRequest, at).Build();
        var card = LeadScorer.Score(Definitions.Default, lead.FitProfile, events, Now);
        lead.ApplyScore(card, Now);
        return lead;
    }

    [Fact]
    public void ATouchIsRememberedAsTheLastOne()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.RecordTouch(TouchOf(lead, Now.AddHours(-1)));

        Assert.Equal(Now.AddHours(-1), lead.LastTouchAt);
    }

    [Fact]
    public void ALaterTouchMovesTheLastTouchForward()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.RecordTouch(TouchOf(lead, Now.AddHours(-3)));

        lead.RecordTouch(TouchOf(lead, Now.AddHours(-1)));

        Assert.Equal(Now.AddHours(-1), lead.LastTouchAt);
    }

    [Fact]
    public void AnOlderTouchLoggedLateDoesNotMoveTheLastTouchBack()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.RecordTouch(TouchOf(lead, Now.AddHours(-1)));

        lead.RecordTouch(TouchOf(lead, Now.AddDays(-2)));

        Assert.Equal(Now.AddHours(-1), lead.LastTouchAt);
    }

    [Theory]
    [InlineData(TouchChannel.Call)]
    [InlineData(TouchChannel.Email)]
    [InlineData(TouchChannel.LinkedIn)]
    public void ADoNotContactLeadCannotBeReachedOut(TouchChannel channel)
    {
        var lead = LeadBuilder.IcpFit().DoNotContact().Build();

        var error = Assert.Throws<DomainException>(() => lead.RecordTouch(TouchOf(lead, Now, channel)));

        Assert.Equal("This lead asked not to be contacted.", error.Message);
        Assert.Null(lead.LastTouchAt);
    }

    [Fact]
    public void AMeetingWithADoNotContactLeadIsStillRecorded()
    {
        var lead = LeadBuilder.IcpFit().DoNotContact().Build();

        lead.RecordTouch(TouchOf(lead, Now, TouchChannel.Meeting));

        Assert.Equal(Now, lead.LastTouchAt);
    }

    [Fact]
    public void AnotherLeadsTouchIsRefused()
    {
        var lead = LeadBuilder.IcpFit().Build();

        var error = Assert.Throws<DomainException>(() =>
            lead.RecordTouch(new Touch(lead.Id + 1, TouchChannel.Call, TouchOutcome.Connected, Now, "sam")));

        Assert.Equal("The touch belongs to another lead.", error.Message);
        Assert.Null(lead.LastTouchAt);
    }

    [Fact]
    public void AHandRaiseWithoutATouchAwaitsAFirstResponse()
    {
        var lead = HandRaisedAt(Now.AddMinutes(-2));

        Assert.True(lead.AwaitsFirstResponse);
    }

    [Fact]
    public void ATouchAfterTheHandRaiseAnswersIt()
    {
        var lead = HandRaisedAt(Now.AddMinutes(-2));

        lead.RecordTouch(TouchOf(lead, Now));

        Assert.False(lead.AwaitsFirstResponse);
    }

    [Fact]
    public void ATouchBeforeTheHandRaiseDoesNotAnswerIt()
    {
        var lead = HandRaisedAt(Now.AddMinutes(-2));

        lead.RecordTouch(TouchOf(lead, Now.AddDays(-1)));

        Assert.True(lead.AwaitsFirstResponse);
    }

    [Fact]
    public void ALeadThatNeverRaisedItsHandAwaitsNothing()
    {
        var lead = LeadBuilder.IcpFit().Build();

        Assert.False(lead.AwaitsFirstResponse);
    }

    [Fact]
    public void TheNextActionIsPlannedWithItsNote()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.PlanNextAction(Now.AddDays(2), "  Send the case study  ", Now);

        Assert.Equal((Now.AddDays(2), "Send the case study"), (lead.NextActionAt, lead.NextActionNote));
    }

    [Fact]
    public void ANextActionRightNowIsAccepted()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.PlanNextAction(Now, null, Now);

        Assert.Equal(Now, lead.NextActionAt);
        Assert.Null(lead.NextActionNote);
    }

    [Fact]
    public void ANextActionInThePastIsRefused()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var planned = lead.NextActionAt;

        var error = Assert.Throws<DomainException>(() => lead.PlanNextAction(Now.AddHours(-1), "Call back", Now));

        Assert.Equal("The next action must be in the future.", error.Message);
        Assert.Equal(planned, lead.NextActionAt);
    }

    [Fact]
    public void PlanningNoDateClearsThePlanAndItsNote()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.PlanNextAction(Now.AddDays(1), "Call back", Now);

        lead.PlanNextAction(null, "Call back", Now);

        Assert.Null(lead.NextActionAt);
        Assert.Null(lead.NextActionNote);
    }

    [Fact]
    public void ABlankNoteIsStoredAsNone()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.PlanNextAction(Now.AddDays(1), "   ", Now);

        Assert.Null(lead.NextActionNote);
    }

    [Fact]
    public void ANoteOverItsLimitIsRefusedAndThePlanStaysAsItWas()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var planned = (lead.NextActionAt, lead.NextActionNote);

        Assert.Throws<DomainException>(() => lead.PlanNextAction(Now.AddDays(1), new string('n', Lead.ReasonMaxLength + 1), Now));

        Assert.Equal(planned, (lead.NextActionAt, lead.NextActionNote));
    }

    [Fact]
    public void ANoteAtItsLimitIsKeptWholeWithoutItsPadding()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.PlanNextAction(Now.AddDays(1), "  " + new string('n', Lead.ReasonMaxLength) + "  ", Now);

        Assert.Equal(Lead.ReasonMaxLength, lead.NextActionNote!.Length);
    }

    [Fact]
    public void AssigningRemembersTheOwnerAndWhenTheyGotTheLead()
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.AssignTo("rep-7", Now);

        Assert.Equal(("rep-7", Now), (lead.OwnerId, lead.AssignedAt));
    }

    [Fact]
    public void ReassigningMovesTheAssignmentTime()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.AssignTo("rep-7", Now.AddDays(-3));

        lead.AssignTo("rep-9", Now);

        Assert.Equal(("rep-9", Now), (lead.OwnerId, lead.AssignedAt));
    }

    [Fact]
    public void UnassigningClearsTheAssignmentTime()
    {
        var lead = LeadBuilder.IcpFit().Build();
        lead.AssignTo("rep-7", Now);

        lead.AssignTo(null, Now);

        Assert.Null(lead.OwnerId);
        Assert.Null(lead.AssignedAt);
    }
}

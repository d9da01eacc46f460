using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>The five ways a call ends in the call view, and what a wrong number does beyond the attempt.</summary>
public class CallOutcomeTests
{
    [Fact]
    public void ACallEndsAsNoAnswerVoicemailConnectedWrongNumberOrMeetingBooked() =>
        Assert.Equal(
            [TouchOutcome.NoAnswer, TouchOutcome.LeftVoicemail, TouchOutcome.Connected, TouchOutcome.WrongNumber, TouchOutcome.MeetingBooked],
            Touch.OutcomesFor(TouchChannel.Call));

    [Theory]
    [InlineData(TouchChannel.Email)]
    [InlineData(TouchChannel.LinkedIn)]
    [InlineData(TouchChannel.Meeting)]
    public void OnlyACallCanReachAWrongNumber(TouchChannel channel) =>
        Assert.Throws<DomainException>(() => new Touch(7, channel, TouchOutcome.WrongNumber, TestClock.Now, "sam"));

    [Fact]
    public void AWrongNumberIsNotAResponse() =>
        Assert.False(new Touch(7, TouchChannel.Call, TouchOutcome.WrongNumber, TestClock.Now, "sam").IsResponse);

    [Fact]
    public void AWrongNumberMeansWhatAReplyCodedWrongContactMeans()
    {
        var definition = Definitions.Default;

        Assert.Equal(DispositionCode.WrongContact, Touch.DispositionOf(TouchOutcome.WrongNumber));
        Assert.Same(definition.Disposition(DispositionCode.WrongContact), definition.EffectOf(TouchOutcome.WrongNumber));
    }

    [Theory]
    [InlineData(TouchOutcome.NoAnswer)]
    [InlineData(TouchOutcome.LeftVoicemail)]
    [InlineData(TouchOutcome.Connected)]
    [InlineData(TouchOutcome.MeetingBooked)]
    public void OtherCallOutcomesCarryNoDisposition(TouchOutcome outcome)
    {
        Assert.Null(Touch.DispositionOf(outcome));
        Assert.Null(Definitions.Default.EffectOf(outcome));
    }

    [Fact]
    public void AWrongNumberFlagsTheContactDataAndKeepsTheStage()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var touch = new Touch(lead.Id, TouchChannel.Call, TouchOutcome.WrongNumber, TestClock.Now, "sam");
        lead.RecordTouch(touch);

        lead.ApplyTouchEffect(touch, Definitions.Default, "Sam SDR");

        Assert.Equal(TestClock.Now, lead.BadDataFlaggedAt);
        Assert.Equal(LifecycleStage.Lead, lead.Stage);
        Assert.False(lead.DoNotContact);
    }

    [Fact]
    public void ANoAnswerChangesNothingBeyondTheAttempt()
    {
        var lead = LeadBuilder.IcpFit().Build();
        var touch = new Touch(lead.Id, TouchChannel.Call, TouchOutcome.NoAnswer, TestClock.Now, "sam");
        lead.RecordTouch(touch);

        lead.ApplyTouchEffect(touch, Definitions.Default, "Sam SDR");

        Assert.Null(lead.BadDataFlaggedAt);
        Assert.Equal(TestClock.Now, lead.LastTouchAt);
    }

    [Fact]
    public void AnotherLeadsTouchIsRefused()
    {
        var lead = LeadBuilder.IcpFit().Build();

        Assert.Throws<DomainException>(() =>
            lead.ApplyTouchEffect(new Touch(lead.Id + 1, TouchChannel.Call, TouchOutcome.WrongNumber, TestClock.Now, "sam"), Definitions.Default, "Sam SDR"));
    }
}

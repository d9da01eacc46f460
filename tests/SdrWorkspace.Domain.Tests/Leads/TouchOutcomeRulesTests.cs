using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

/// <summary>A touch ends only in an outcome its channel can have: nobody leaves a voicemail by email.</summary>
public class TouchOutcomeRulesTests
{
    [Theory]
    [InlineData(TouchChannel.Email, TouchOutcome.NoAnswer)]
    [InlineData(TouchChannel.Email, TouchOutcome.LeftVoicemail)]
    [InlineData(TouchChannel.LinkedIn, TouchOutcome.Connected)]
    [InlineData(TouchChannel.Call, TouchOutcome.Sent)]
    [InlineData(TouchChannel.Call, TouchOutcome.Replied)]
    [InlineData(TouchChannel.Meeting, TouchOutcome.NoAnswer)]
    public void AnOutcomeItsChannelCannotHaveIsRefused(TouchChannel channel, TouchOutcome outcome)
    {
        var lead = LeadBuilder.IcpFit().Build();

        var error = Assert.Throws<DomainException>(() => lead.RecordTouch(new Touch(lead.Id, channel, outcome, TestClock.Now, "sam")));

        Assert.StartsWith($"A {Labels.Of(channel).ToLowerInvariant()} touch cannot end as", error.Message);
        Assert.Null(lead.LastTouchAt);
    }

    [Fact]
    public void EveryChannelHasOutcomesAndEveryOutcomeAChannel()
    {
        var channels = Enum.GetValues<TouchChannel>();

        Assert.All(channels, c => Assert.NotEmpty(Touch.OutcomesFor(c)));
        Assert.Equal(Enum.GetValues<TouchOutcome>().Order(), channels.SelectMany(Touch.OutcomesFor).Distinct().Order());
    }

    [Theory]
    [InlineData(TouchChannel.Call, TouchOutcome.LeftVoicemail)]
    [InlineData(TouchChannel.Email, TouchOutcome.Sent)]
    [InlineData(TouchChannel.LinkedIn, TouchOutcome.Replied)]
    [InlineData(TouchChannel.Meeting, TouchOutcome.MeetingBooked)]
    public void AnOutcomeItsChannelCanHaveIsRecorded(TouchChannel channel, TouchOutcome outcome)
    {
        var lead = LeadBuilder.IcpFit().Build();

        lead.RecordTouch(new Touch(lead.Id, channel, outcome, TestClock.Now, "sam"));

        Assert.Equal(TestClock.Now, lead.LastTouchAt);
    }
}

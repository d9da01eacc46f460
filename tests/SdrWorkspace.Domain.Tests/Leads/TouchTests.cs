using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Leads;

public class TouchTests
{
    [Theory]
    [InlineData(TouchOutcome.NoAnswer, false)]
    [InlineData(TouchOutcome.LeftVoicemail, false)]
    [InlineData(TouchOutcome.Sent, false)]
    [InlineData(TouchOutcome.Connected, true)]
    [InlineData(TouchOutcome.Replied, true)]
    [InlineData(TouchOutcome.MeetingBooked, true)]
    public void OnlyAConversationAReplyOrAMeetingIsAResponse(TouchOutcome outcome, bool isResponse)
    {
        var channel = outcome is TouchOutcome.Sent or TouchOutcome.Replied ? TouchChannel.Email : TouchChannel.Call;
        var touch = new Touch(7, channel, outcome, TestClock.Now, "sam");

        Assert.Equal(isResponse, touch.IsResponse);
    }
}

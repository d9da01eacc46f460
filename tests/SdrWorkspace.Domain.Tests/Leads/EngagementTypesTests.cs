using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Tests.Leads;

public class EngagementTypesTests
{
    [Theory]
    [InlineData(EngagementType.EmailOpen, "email_open")]
    [InlineData(EngagementType.EmailClick, "email_click")]
    [InlineData(EngagementType.EmailReply, "email_reply")]
    [InlineData(EngagementType.PageVisit, "page_visit")]
    [InlineData(EngagementType.ContentDownload, "content_download")]
    [InlineData(EngagementType.WebinarRegistered, "webinar_registered")]
    [InlineData(EngagementType.WebinarAttended, "webinar_attended")]
    [InlineData(EngagementType.FormSubmit, "form_submit")]
    [InlineData(EngagementType.DemoRequest, "demo_request")]
    [InlineData(EngagementType.MeetingBooked, "meeting_booked")]
    [InlineData(EngagementType.Bounce, "bounce")]
    [InlineData(EngagementType.Unsubscribe, "unsubscribe")]
    public void EachTypeHasItsApiCodeAndIsParsedBackFromIt(EngagementType type, string code)
    {
        Assert.Equal(code, type.Code());
        Assert.True(EngagementTypes.TryParse(code, out var parsed));
        Assert.Equal(type, parsed);
    }

    [Fact]
    public void CodesAreParsedInAnyCase()
    {
        Assert.True(EngagementTypes.TryParse("DEMO_REQUEST", out var parsed));
        Assert.Equal(EngagementType.DemoRequest, parsed);
    }

    [Theory]
    [InlineData("tweet")]
    [InlineData("EmailOpen")]
    [InlineData("")]
    [InlineData(null)]
    public void AnUnknownCodeIsNotParsed(string? code)
    {
        Assert.False(EngagementTypes.TryParse(code, out _));
    }
}

using SdrWorkspace.Domain.Dispositions;

namespace SdrWorkspace.Domain.Leads;

/// <summary>What marketing automation and email tools report; names match the API's snake_case codes.</summary>
public enum EngagementType
{
    EmailOpen,
    EmailClick,
    EmailReply,
    PageVisit,
    ContentDownload,
    WebinarRegistered,
    WebinarAttended,
    FormSubmit,
    DemoRequest,
    MeetingBooked,
    Bounce,
    Unsubscribe,
}

public static class EngagementTypes
{
    public static string Code(this EngagementType type) => type switch
    {
        EngagementType.EmailOpen => "email_open",
        EngagementType.EmailClick => "email_click",
        EngagementType.EmailReply => "email_reply",
        EngagementType.PageVisit => "page_visit",
        EngagementType.ContentDownload => "content_download",
        EngagementType.WebinarRegistered => "webinar_registered",
        EngagementType.WebinarAttended => "webinar_attended",
        EngagementType.FormSubmit => "form_submit",
        EngagementType.DemoRequest => "demo_request",
        EngagementType.MeetingBooked => "meeting_booked",
        EngagementType.Bounce => "bounce",
        EngagementType.Unsubscribe => "unsubscribe",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The reply code an event means when a tool reports it instead of a reply: null for events that only score.</summary>
    public static DispositionCode? Disposition(this EngagementType type) => type switch
    {
        EngagementType.Unsubscribe => DispositionCode.Unsubscribe,
        EngagementType.Bounce => DispositionCode.WrongContact,
        _ => null,
    };

    public static bool TryParse(string? code, out EngagementType type)
    {
        foreach (var candidate in Enum.GetValues<EngagementType>())
        {
            if (string.Equals(candidate.Code(), code, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }
}

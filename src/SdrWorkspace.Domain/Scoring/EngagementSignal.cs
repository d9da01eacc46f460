using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Scoring;

/// <summary>What an event means for intent: the unit the definition weighs.</summary>
public enum EngagementSignal
{
    None,
    DemoRequest,
    MeetingBooked,
    PositiveReply,
    PricingPageVisit,
    WebinarAttended,
    ContentDownload,
    FormSubmit,
    Reply,
    WebinarRegistered,
    EmailClick,
    PageVisit,
    EmailOpen,
}

/// <summary>The facts of one event that scoring reads.</summary>
public sealed record EngagementFact(EngagementType Type, DateTime OccurredAt, string? Url = null, DispositionCode? Disposition = null);

public static class EngagementSignals
{
    public static string Label(this EngagementSignal signal) => signal switch
    {
        EngagementSignal.DemoRequest => "Demo request",
        EngagementSignal.MeetingBooked => "Meeting booked",
        EngagementSignal.PositiveReply => "Positive reply",
        EngagementSignal.PricingPageVisit => "Pricing page visit",
        EngagementSignal.WebinarAttended => "Webinar attended",
        EngagementSignal.ContentDownload => "Content download",
        EngagementSignal.FormSubmit => "Form submitted",
        EngagementSignal.Reply => "Reply",
        EngagementSignal.WebinarRegistered => "Webinar registration",
        EngagementSignal.EmailClick => "Email click",
        EngagementSignal.PageVisit => "Page visit",
        EngagementSignal.EmailOpen => "Email open",
        _ => "No signal",
    };

    /// <summary>Every signal an event of a type may count as, whatever its address or reply code.</summary>
    public static IEnumerable<EngagementSignal> PossibleSignals(EngagementType type, Func<DispositionCode, EngagementSignal> replySignal) => type switch
    {
        EngagementType.EmailReply => [EngagementSignal.Reply, .. Enum.GetValues<DispositionCode>().Select(replySignal)],
        EngagementType.PageVisit => [EngagementSignal.PageVisit, EngagementSignal.PricingPageVisit],
        _ => [Classify(new EngagementFact(type, default), replySignal)],
    };

    /// <summary>
    /// Classifies an event. A reply's meaning comes from its disposition (or the definition's effect for
    /// it); a page visit to pricing is stronger intent than any other page.
    /// </summary>
    public static EngagementSignal Classify(EngagementFact fact, Func<DispositionCode, EngagementSignal> replySignal) =>
        fact.Type switch
        {
            EngagementType.DemoRequest => EngagementSignal.DemoRequest,
            EngagementType.MeetingBooked => EngagementSignal.MeetingBooked,
            EngagementType.EmailReply => fact.Disposition is { } code ? replySignal(code) : EngagementSignal.Reply,
            EngagementType.PageVisit when IsPricingPage(fact.Url) => EngagementSignal.PricingPageVisit,
            EngagementType.PageVisit => EngagementSignal.PageVisit,
            EngagementType.ContentDownload => EngagementSignal.ContentDownload,
            EngagementType.WebinarRegistered => EngagementSignal.WebinarRegistered,
            EngagementType.WebinarAttended => EngagementSignal.WebinarAttended,
            EngagementType.FormSubmit => EngagementSignal.FormSubmit,
            EngagementType.EmailClick => EngagementSignal.EmailClick,
            EngagementType.EmailOpen => EngagementSignal.EmailOpen,
            _ => EngagementSignal.None,
        };

    public static bool IsPricingPage(string? url) =>
        url is not null && url.Contains("pricing", StringComparison.OrdinalIgnoreCase);
}

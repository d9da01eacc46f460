using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>
/// A lead's engagement timeline, written the way a marketer tells it: "downloaded an e-book, opened
/// 3 emails and visited the pricing page". Ages are in days before <see cref="TestClock.Now"/>.
/// </summary>
public sealed class EventsBuilder
{
    private readonly List<EngagementFact> _events = [];
    private readonly DateTime _now;

    private EventsBuilder(DateTime now) => _now = now;

    public static EventsBuilder None => new(TestClock.Now);

    public static EventsBuilder Before(DateTime now) => new(now);

    public EventsBuilder Add(EngagementType type, double daysAgo = 0, string? url = null, DispositionCode? disposition = null)
    {
        _events.Add(new EngagementFact(type, _now.AddDays(-daysAgo), url, disposition));
        return this;
    }

    public EventsBuilder At(EngagementType type, DateTime at, DispositionCode? disposition = null)
    {
        _events.Add(new EngagementFact(type, at, null, disposition));
        return this;
    }

    public EventsBuilder EbookDownload(double daysAgo = 0) => Add(EngagementType.ContentDownload, daysAgo, "/resources/ebook");

    public EventsBuilder EmailOpens(int count, double daysAgo = 0)
    {
        for (var i = 0; i < count; i++)
            Add(EngagementType.EmailOpen, daysAgo);
        return this;
    }

    public EventsBuilder EmailClick(double daysAgo = 0) => Add(EngagementType.EmailClick, daysAgo);

    public EventsBuilder PricingPageVisit(double daysAgo = 0) => Add(EngagementType.PageVisit, daysAgo, "https://example.com/pricing");

    public EventsBuilder BlogVisit(double daysAgo = 0) => Add(EngagementType.PageVisit, daysAgo, "https://example.com/blog/cold-calling");

    public EventsBuilder WebinarAttended(double daysAgo = 0) => Add(EngagementType.WebinarAttended, daysAgo);

    public EventsBuilder FormFill(double daysAgo = 0) => Add(EngagementType.FormSubmit, daysAgo);

    public EventsBuilder DemoRequest(double daysAgo = 0) => Add(EngagementType.DemoRequest, daysAgo);

    public EventsBuilder MeetingBooked(double daysAgo = 0) => Add(EngagementType.MeetingBooked, daysAgo);

    public EventsBuilder Reply(DispositionCode? coded = null, double daysAgo = 0) =>
        Add(EngagementType.EmailReply, daysAgo, disposition: coded);

    public IReadOnlyList<EngagementFact> Build() => [.. _events];
}

using SdrWorkspace.Domain.Dispositions;

namespace SdrWorkspace.Web.Features.Replies;

/// <summary>A reply shown for coding: in the inbox, or on the lead page for recoding.</summary>
public sealed record CodingTarget(
    long EventId, int LeadId, string Name, string? Company, string? Subject, string? Text, DateTime ReceivedAt,
    ReplySuggestion? Suggestion, DispositionCode? CurrentCode = null)
{
    public static CodingTarget From(InboxReply r) =>
        new(r.EventId, r.LeadId, r.Name, r.Company, r.Subject, r.Text, r.ReceivedAt, r.Suggestion);
}

/// <summary>The SDR's choice: a code, and the date and note it may carry.</summary>
public sealed record CodeChoice(DispositionCode Code, DateOnly? Date, string? Note);

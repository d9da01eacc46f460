using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Leads;

/// <summary>One engagement event on a lead; replies carry their text and, once coded, a disposition.</summary>
public sealed class EngagementEvent
{
    public const int ExternalIdMaxLength = TextLimits.ExternalId;
    public const int UrlMaxLength = TextLimits.Url;
    public const int SubjectMaxLength = TextLimits.Subject;
    public const int TextMaxLength = TextLimits.EventText;

    private EngagementEvent() { }

    public EngagementEvent(int leadId, EngagementType type, DateTime occurredAt,
        string? externalId = null, string? url = null, string? subject = null, string? text = null)
    {
        LeadId = leadId;
        Type = type;
        OccurredAt = occurredAt;
        ExternalId = externalId is { Length: > ExternalIdMaxLength } ? throw new DomainException(TextLimits.TooLong("An event id", ExternalIdMaxLength)) : externalId;
        Url = TextLimits.Require(url, UrlMaxLength, "A URL");
        Subject = TextLimits.Require(subject, SubjectMaxLength, "A subject");
        Text = TextLimits.Require(text, TextMaxLength, "An event's text");
    }

    public long Id { get; private set; }
    public int LeadId { get; private set; }
    public EngagementType Type { get; private set; }
    public DateTime OccurredAt { get; private set; }
    /// <summary>The sender's event id; ingestion is idempotent on it.</summary>
    public string? ExternalId { get; private set; }
    public string? Url { get; private set; }
    public string? Subject { get; private set; }
    public string? Text { get; private set; }
    public DispositionCode? Disposition { get; private set; }
    public DateTime? CodedAt { get; private set; }
    public string? CodedBy { get; private set; }

    public bool IsReply => Type == EngagementType.EmailReply;

    public EngagementFact ToFact() => new(Type, OccurredAt, Url, Disposition);

    public void Code(DispositionCode code, string codedBy, DateTime at)
    {
        if (!IsReply)
            throw new DomainException("Only replies are coded with a disposition.");
        Disposition = code;
        CodedBy = codedBy;
        CodedAt = at;
    }
}

using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Dispositions;

/// <summary>
/// One coding of a reply, kept forever: recoding adds a row (with the code it replaced) rather than
/// rewriting history, so who coded what, when and why stays auditable.
/// </summary>
public sealed class ReplyCoding
{
    public const int NoteMaxLength = TextLimits.Comment;
    public const int ActorMaxLength = TextLimits.Actor;

    private ReplyCoding() { }

    internal ReplyCoding(long eventId, int leadId, DispositionCode code, DispositionCode? previous, DateOnly? date, string? note, string codedBy, DateTime at)
    {
        EventId = eventId;
        LeadId = leadId;
        Code = code;
        PreviousCode = previous;
        Date = date;
        Note = TextLimits.Require(note, NoteMaxLength, "A note");
        CodedBy = codedBy;
        CodedAt = at;
    }

    public long Id { get; private set; }
    public long EventId { get; private set; }
    public int LeadId { get; private set; }
    public DispositionCode Code { get; private set; }
    /// <summary>The code this one replaced, when the reply was recoded.</summary>
    public DispositionCode? PreviousCode { get; private set; }
    /// <summary>The follow-up or return date the SDR gave, for codes that need one.</summary>
    public DateOnly? Date { get; private set; }
    public string? Note { get; private set; }
    public string CodedBy { get; private set; } = "";
    public DateTime CodedAt { get; private set; }
}

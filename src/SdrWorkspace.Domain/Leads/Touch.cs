using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Leads;

public enum TouchChannel
{
    Call,
    Email,
    LinkedIn,
    Meeting,
}

public enum TouchOutcome
{
    NoAnswer,
    LeftVoicemail,
    Sent,
    Connected,
    Replied,
    MeetingBooked,
}

/// <summary>An outbound attempt by an SDR; touches count against the definition's cadence.</summary>
public sealed class Touch
{
    public const int NoteMaxLength = TextLimits.TouchNote;

    private Touch() { }

    public Touch(int leadId, TouchChannel channel, TouchOutcome outcome, DateTime at, string byUserId, string? note = null)
    {
        LeadId = leadId;
        Channel = channel;
        Outcome = outcome;
        At = at;
        ByUserId = byUserId;
        Note = TextLimits.Require(note, NoteMaxLength, "A touch note");
    }

    public long Id { get; private set; }
    public int LeadId { get; private set; }
    public TouchChannel Channel { get; private set; }
    public TouchOutcome Outcome { get; private set; }
    public DateTime At { get; private set; }
    public string ByUserId { get; private set; } = "";
    public string? Note { get; private set; }

    /// <summary>The lead answered: a conversation, a reply or a meeting, not just an attempt.</summary>
    public bool IsResponse => IsResponseOutcome(Outcome);

    public static bool IsResponseOutcome(TouchOutcome outcome) =>
        outcome is TouchOutcome.Connected or TouchOutcome.Replied or TouchOutcome.MeetingBooked;
}

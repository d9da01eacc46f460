using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Dispositions;

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
    /// <summary>The number reached someone else or no one: the contact data is wrong, as a reply coded Wrong contact says.</summary>
    WrongNumber,
}

/// <summary>An outbound attempt by an SDR; touches count against the definition's cadence.</summary>
public sealed class Touch
{
    public const int NoteMaxLength = TextLimits.TouchNote;

    private Touch() { }

    public Touch(int leadId, TouchChannel channel, TouchOutcome outcome, DateTime at, string byUserId, string? note = null)
    {
        if (!OutcomesFor(channel).Contains(outcome))
            throw new DomainException($"A {Labels.Of(channel).ToLowerInvariant()} touch cannot end as \"{Labels.Of(outcome).ToLowerInvariant()}\".");
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

    /// <summary>What an attempt on each channel can end in: a call can go unanswered, an email cannot.</summary>
    public static IReadOnlyList<TouchOutcome> OutcomesFor(TouchChannel channel) => channel switch
    {
        TouchChannel.Call => [TouchOutcome.NoAnswer, TouchOutcome.LeftVoicemail, TouchOutcome.Connected, TouchOutcome.WrongNumber, TouchOutcome.MeetingBooked],
        TouchChannel.Email or TouchChannel.LinkedIn => [TouchOutcome.Sent, TouchOutcome.Replied],
        _ => [TouchOutcome.Connected, TouchOutcome.MeetingBooked],
    };

    /// <summary>The reply code an outcome means beyond the attempt: a wrong number is the news a reply coded Wrong contact brings.</summary>
    public static DispositionCode? DispositionOf(TouchOutcome outcome) => outcome switch
    {
        TouchOutcome.WrongNumber => DispositionCode.WrongContact,
        _ => null,
    };

    public static bool IsResponseOutcome(TouchOutcome outcome) =>
        outcome is TouchOutcome.Connected or TouchOutcome.Replied or TouchOutcome.MeetingBooked;
}

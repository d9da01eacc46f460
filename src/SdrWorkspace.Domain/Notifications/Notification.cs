namespace SdrWorkspace.Domain.Notifications;

/// <summary>
/// Something that happened that one user should hear about, linking to its lead (or, for a proposal, its
/// draft). Read or unread per user; the occurrence names the event, so the same event never notifies a user twice.
/// </summary>
public sealed class Notification
{
    public const int TextMaxLength = 500;
    public const int OccurrenceMaxLength = 100;
    public const int UserIdMaxLength = 450;

    private Notification() { }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public int? LeadId { get; private set; }
    public int? DraftId { get; private set; }
    public string Text { get; private set; } = "";
    public string Occurrence { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    public static Notification From(NotificationIntent intent, DateTime at) => new()
    {
        UserId = intent.UserId,
        Kind = intent.Kind,
        LeadId = intent.LeadId,
        DraftId = intent.DraftId,
        Text = Bounded(intent.Text),
        Occurrence = intent.Occurrence,
        CreatedAt = at,
    };

    /// <summary>The text as kept: one line, trimmed, cut to the limit with an ellipsis (a lead's name and a comment are any user's text).</summary>
    public static string Bounded(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= TextMaxLength)
            return line;
        var cut = TextMaxLength - 1;
        // Never split a surrogate pair (an emoji) in half.
        if (char.IsHighSurrogate(line[cut - 1]))
            cut--;
        return line[..cut] + "…";
    }
}

/// <summary>A notification to create, before mutes and the actor rule are applied.</summary>
/// <param name="ActorId">Who caused it: never notified of their own action.</param>
public sealed record NotificationIntent(
    string UserId, NotificationKind Kind, string Text, string Occurrence, int? LeadId = null, int? DraftId = null, string? ActorId = null);

/// <summary>A user's choice not to hear about one kind.</summary>
public sealed class NotificationMute
{
    private NotificationMute() { }

    public NotificationMute(string userId, NotificationKind kind)
    {
        UserId = userId;
        Kind = kind;
    }

    public string UserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
}

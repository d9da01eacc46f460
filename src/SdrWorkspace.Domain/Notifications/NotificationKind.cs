namespace SdrWorkspace.Domain.Notifications;

/// <summary>What a notification is about; each kind can be muted per user.</summary>
public enum NotificationKind
{
    /// <summary>A lead of mine raised its hand, or a lead in the definition's Hot band became mine.</summary>
    HotLead,
    /// <summary>A lead of mine became an MQL, or an MQL became mine.</summary>
    MqlAssigned,
    /// <summary>A speed-to-lead or MQL-acceptance SLA on my lead is about to breach.</summary>
    SlaDueSoon,
    /// <summary>An AE returned my SQL.</summary>
    SqlReturned,
    /// <summary>Someone commented on a rejected MQL I rejected or commented on.</summary>
    RejectionComment,
    /// <summary>A definition proposal waits for a manager's review.</summary>
    ProposalToReview,
}

public static class NotificationKinds
{
    public static readonly IReadOnlyList<NotificationKind> All = Enum.GetValues<NotificationKind>();

    /// <summary>The kind as the mute settings name it.</summary>
    public static string Label(this NotificationKind kind) => kind switch
    {
        NotificationKind.HotLead => "A hot lead is mine",
        NotificationKind.MqlAssigned => "An MQL is mine",
        NotificationKind.SlaDueSoon => "An SLA on my lead is about to breach",
        NotificationKind.SqlReturned => "An AE returned my SQL",
        NotificationKind.RejectionComment => "A comment on a rejected MQL",
        NotificationKind.ProposalToReview => "A definition proposal awaits review",
        _ => kind.ToString(),
    };
}

namespace SdrWorkspace.Data.Identity;

public enum AdminAction
{
    UserCreated,
    RolesChanged,
    Deactivated,
    Reactivated,
    Unlocked,
    PasswordReset,
    LeadsHandedOn,
}

/// <summary>One thing an admin did to a user: who, when, what, for whom. Rows are only ever added.</summary>
public sealed class AdminAuditEntry
{
    public const int NameMaxLength = 256;
    public const int DetailsMaxLength = 500;

    private AdminAuditEntry()
    {
    }

    public AdminAuditEntry(DateTime at, string actorId, string actorName, AdminAction action, string subjectId, string subjectName, string details)
    {
        At = at;
        ActorId = actorId;
        ActorName = Fit(actorName, NameMaxLength);
        Action = action;
        SubjectId = subjectId;
        SubjectName = Fit(subjectName, NameMaxLength);
        Details = Fit(details, DetailsMaxLength);
    }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string ActorId { get; private set; } = "";
    /// <summary>The admin's name when they acted, so the record reads the same after a rename.</summary>
    public string ActorName { get; private set; } = "";
    public AdminAction Action { get; private set; }
    public string SubjectId { get; private set; } = "";
    public string SubjectName { get; private set; } = "";
    public string Details { get; private set; } = "";

    private static string Fit(string text, int limit) => text.Length > limit ? text[..limit] : text;
}

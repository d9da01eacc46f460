namespace SdrWorkspace.Web.Features.Shared;

public enum WorkResultKind
{
    Done,
    /// <summary>A rule refused the change; the message says which.</summary>
    Refused,
    /// <summary>Someone else changed the lead between this user's read and save: reload, then try again.</summary>
    Conflict,
    /// <summary>Another writer (a large import) held the database past the lock timeout: the same action can simply be tried again.</summary>
    Busy,
    /// <summary>The lead does not exist, or is not the user's to act on (indistinguishable on purpose).</summary>
    Missing,
}

/// <summary>The outcome of an action on a lead (or on shared data such as the definition), as every page and the API show it.</summary>
public sealed record WorkResult(WorkResultKind Kind, string? Error)
{
    public const string BusyMessage = "The database is busy with a large import, so this was not saved. Try again in a moment.";
    public const string ConflictMessage = "Someone else changed this lead a moment ago, so your change was not saved. Reload it and try again.";
    public const string MissingMessage = "This lead does not exist or is not yours to work.";

    public static readonly WorkResult Done = new(WorkResultKind.Done, null);
    public static readonly WorkResult Busy = new(WorkResultKind.Busy, BusyMessage);

    public bool Succeeded => Kind == WorkResultKind.Done;

    public static WorkResult Refused(string error) => new(WorkResultKind.Refused, error);

    public static WorkResult Conflict(string error = ConflictMessage) => new(WorkResultKind.Conflict, error);

    public static WorkResult Missing(string error = MissingMessage) => new(WorkResultKind.Missing, error);
}

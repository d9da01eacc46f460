namespace SdrWorkspace.Domain.Users;

/// <summary>Who acts on a lead: their user id, the name the audit trail records, and their roles.</summary>
public sealed record Actor(string UserId, string Name, IReadOnlyCollection<string> Roles)
{
    /// <summary>The same person as the access rules see them.</summary>
    public Viewer Viewer => new(UserId, Roles);
}

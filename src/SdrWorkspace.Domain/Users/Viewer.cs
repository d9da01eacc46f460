namespace SdrWorkspace.Domain.Users;

/// <summary>Who is asking: a user id and their roles, all the access rules need to know about a person.</summary>
public sealed record Viewer(string UserId, IReadOnlyCollection<string> Roles)
{
    public bool Is(string role) => Roles.Contains(role);

    public bool IsManager => Is(Users.Roles.Manager);
}

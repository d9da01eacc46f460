using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Users;

/// <summary>A user as the administration rules see them: whether they may sign in, and their roles.</summary>
public sealed record TeamMember(string UserId, bool IsActive, IReadOnlyCollection<string> Roles)
{
    public bool IsActiveAdmin => IsActive && Roles.Contains(Users.Roles.Admin);
}

/// <summary>
/// What an admin may do to the team: every user has at least one known role, an admin never deactivates
/// themselves (they would end their own session mid-action), and no change leaves the team without an
/// active admin, since nobody else could then undo it.
/// </summary>
public static class TeamRules
{
    public const string NoAdminLeft = "At least one active admin must remain: make someone else an admin first.";
    public const string NoRole = "Choose at least one role.";
    public const string NotYourself = "You cannot deactivate your own account: ask another admin.";

    public static IReadOnlyList<string> CheckRoles(IEnumerable<string> roles)
    {
        var chosen = roles.Distinct().ToList();
        if (chosen.Count == 0)
            throw new DomainException(NoRole);
        if (chosen.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
            throw new DomainException($"There is no role \"{unknown}\".");
        return Roles.All.Where(chosen.Contains).ToList();
    }

    /// <summary>The roles the user will have, in the product's order, or a refusal.</summary>
    public static IReadOnlyList<string> CheckRoleChange(IReadOnlyList<TeamMember> team, string userId, IEnumerable<string> roles)
    {
        var chosen = CheckRoles(roles);
        EnsureAnAdminRemains(team.Select(m => m.UserId == userId ? m with { Roles = chosen } : m));
        return chosen;
    }

    public static void CheckDeactivation(IReadOnlyList<TeamMember> team, string actorId, string userId)
    {
        if (actorId == userId)
            throw new DomainException(NotYourself);
        if (team.FirstOrDefault(m => m.UserId == userId) is not { IsActive: true })
            throw new DomainException("This user is already deactivated.");
        EnsureAnAdminRemains(team.Select(m => m.UserId == userId ? m with { IsActive = false } : m));
    }

    private static void EnsureAnAdminRemains(IEnumerable<TeamMember> after)
    {
        if (!after.Any(m => m.IsActiveAdmin))
            throw new DomainException(NoAdminLeft);
    }
}

using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Handover;

/// <summary>Who acts on a hand-off: their user id, the name the audit trail records, and their roles.</summary>
public sealed record HandoverActor(string UserId, string Name, IReadOnlyCollection<string> Roles)
{
    public bool Is(string role) => Roles.Contains(role);

    public bool IsManager => Is(Users.Roles.Manager);

    /// <summary>The SDR who owns the lead, or a manager: the people who answer for an SDR's side of a hand-off.</summary>
    public bool WorksFor(Lead lead) => IsManager || (Is(Users.Roles.Sdr) && lead.OwnerId == UserId);
}

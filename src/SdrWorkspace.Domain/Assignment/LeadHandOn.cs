using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Assignment;

/// <summary>Where a leaving SDR's open leads go: round robin over the other active SDRs below capacity, or one named SDR.</summary>
public sealed record LeadDestination(string? NamedSdrId)
{
    public static readonly LeadDestination RoundRobin = new((string?)null);

    public static LeadDestination To(string sdrId) => new(sdrId);

    public bool IsRoundRobin => NamedSdrId is null;
}

/// <summary>Which lead goes to whom, and how many found nobody (every other SDR at capacity).</summary>
public sealed record HandOnPlan(IReadOnlyList<(int LeadId, string OwnerId)> Moves, int Unplaced);

/// <summary>
/// Hands a leaving SDR's open leads on. Round robin follows <see cref="RoundRobin"/> (the turn continues from
/// whoever got the last lead, the deactivated and the full are skipped), so the leaving SDR's leads spread like
/// new ones. A named SDR takes them all whatever their load: the admin chose them, as a manager's reassignment does.
/// </summary>
public static class LeadHandOn
{
    public const string NotAnActiveSdr = "Leads can only go to an active SDR other than the one leaving.";

    public static HandOnPlan Plan(string leavingId, LeadDestination to, IReadOnlyList<SdrLoad> sdrs, string? lastAssigned, IReadOnlyList<int> leadIds)
    {
        var others = sdrs.Where(s => s.UserId != leavingId).ToList();
        if (to.NamedSdrId is { } named)
        {
            if (others.FirstOrDefault(s => s.UserId == named) is not { IsActive: true })
                throw new DomainException(NotAnActiveSdr);
            return new HandOnPlan(leadIds.Select(id => (id, named)).ToList(), 0);
        }
        var owners = RoundRobin.Assign(others, lastAssigned, leadIds.Count);
        return new HandOnPlan(leadIds.Zip(owners).ToList(), leadIds.Count - owners.Count);
    }
}

namespace SdrWorkspace.Domain.Assignment;

/// <summary>An SDR as assignment sees them: whether they may take leads and how many they hold.</summary>
public sealed record SdrLoad(string UserId, bool IsActive, int OpenLeads, int Capacity)
{
    public bool CanTakeMore => IsActive && OpenLeads < Capacity;
}

/// <summary>
/// Round robin among active SDRs: the next one after whoever got the last lead, in a fixed order,
/// skipping the deactivated and those at capacity. No one available means the lead stays unowned
/// (and managers see it) rather than landing on someone who cannot work it.
/// </summary>
public static class RoundRobin
{
    public static IReadOnlyList<string> Assign(IReadOnlyList<SdrLoad> sdrs, string? lastAssigned, int leads)
    {
        var ordered = sdrs.OrderBy(s => s.UserId, StringComparer.Ordinal).ToList();
        var loads = ordered.ToDictionary(s => s.UserId, s => s.OpenLeads);
        var owners = new List<string>(leads);
        var start = lastAssigned is null ? -1 : ordered.FindIndex(s => s.UserId == lastAssigned);
        for (var n = 0; n < leads; n++)
        {
            string? next = null;
            for (var step = 1; step <= ordered.Count && next is null; step++)
            {
                var candidate = ordered[(start + step + ordered.Count) % ordered.Count];
                if (candidate.IsActive && loads[candidate.UserId] < candidate.Capacity)
                    next = candidate.UserId;
            }
            if (next is null)
                break;
            owners.Add(next);
            loads[next]++;
            start = ordered.FindIndex(s => s.UserId == next);
        }
        return owners;
    }
}

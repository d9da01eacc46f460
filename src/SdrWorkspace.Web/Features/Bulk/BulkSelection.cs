namespace SdrWorkspace.Web.Features.Bulk;

/// <summary>
/// The leads a user has selected in a list, across its pages, with the revision each had when it was drawn.
/// The list's checkboxes and its action bar share one selection and re-render when it changes.
/// </summary>
public sealed class BulkSelection
{
    private readonly Dictionary<int, BulkTarget> _selected = [];

    public event Action? Changed;

    public int Count => _selected.Count;

    /// <summary>Every lead matching the list's filter was selected at once (and none unselected since).</summary>
    public bool AllMatching { get; private set; }

    /// <summary>In the order they were selected.</summary>
    public IReadOnlyList<BulkTarget> Leads => _selected.Values.ToList();

    public bool Contains(int leadId) => _selected.ContainsKey(leadId);

    public bool ContainsAll(IReadOnlyCollection<BulkTarget> leads) => leads.Count > 0 && leads.All(l => Contains(l.LeadId));

    public void Set(BulkTarget lead, bool selected) => Set([lead], selected);

    public void Set(IEnumerable<BulkTarget> leads, bool selected)
    {
        foreach (var lead in leads)
        {
            if (selected)
                _selected.TryAdd(lead.LeadId, lead);
            else if (_selected.Remove(lead.LeadId))
                AllMatching = false;
        }
        Changed?.Invoke();
    }

    public void SelectAllMatching(IEnumerable<BulkTarget> leads)
    {
        _selected.Clear();
        foreach (var lead in leads)
            _selected.TryAdd(lead.LeadId, lead);
        AllMatching = true;
        Changed?.Invoke();
    }

    public void Clear()
    {
        if (_selected.Count == 0 && !AllMatching)
            return;
        _selected.Clear();
        AllMatching = false;
        Changed?.Invoke();
    }
}

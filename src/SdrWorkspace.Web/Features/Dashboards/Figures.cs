namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>
/// One number on a dashboard and the leads behind it. <see cref="Value"/> is what is shown (leads, touches,
/// replies); <see cref="LeadIds"/> is the drill-down and the CSV export, sorted and de-duplicated only when
/// first asked for: a quarter has thousands of figures and a user drills into a few.
/// </summary>
public sealed class Figure(string key, string label, int value, IEnumerable<int> leadIds)
{
    private readonly Lazy<IReadOnlyList<int>> _leadIds = new(() => leadIds.Distinct().Order().ToList());

    public string Key => key;
    public string Label => label;
    public int Value => value;
    public IReadOnlyList<int> LeadIds => _leadIds.Value;
}

/// <summary>Collects a report's figures as they are computed, so any of them can be found again by its key.</summary>
public sealed class FigureSet
{
    private readonly Dictionary<string, Figure> _figures = new(StringComparer.Ordinal);

    /// <summary>A figure whose value is <paramref name="value"/>, or else the number of distinct leads.</summary>
    public Figure Add(string key, string label, IEnumerable<int> leadIds, int? value = null)
    {
        var figure = new Figure(key, label, value ?? (leadIds as HashSet<int> ?? leadIds.ToHashSet()).Count, leadIds);
        _figures[key] = figure;
        return figure;
    }

    public Figure? Find(string key) => _figures.GetValueOrDefault(key);

    public int Count => _figures.Count;
}

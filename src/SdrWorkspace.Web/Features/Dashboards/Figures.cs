namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>
/// One number on a dashboard and the leads behind it. <see cref="Value"/> is what is shown (leads, touches,
/// replies); <see cref="LeadIds"/> is the drill-down and the CSV export.
/// </summary>
public sealed record Figure(string Key, string Label, int Value, IReadOnlyList<int> LeadIds);

/// <summary>Collects a report's figures as they are computed, so any of them can be found again by its key.</summary>
public sealed class FigureSet
{
    private readonly Dictionary<string, Figure> _figures = new(StringComparer.Ordinal);

    public Figure Add(string key, string label, IEnumerable<int> leadIds, int? value = null)
    {
        var ids = leadIds.Distinct().Order().ToList();
        var figure = new Figure(key, label, value ?? ids.Count, ids);
        _figures[key] = figure;
        return figure;
    }

    public Figure? Find(string key) => _figures.GetValueOrDefault(key);

    public int Count => _figures.Count;
}

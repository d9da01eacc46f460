using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Queue;

namespace SdrWorkspace.Web.Features.Calling;

/// <summary>
/// A run of calls through the queue, kept in the address so a reload, a dropped connection or a trip to the
/// qualification screen comes back to the same run: the queue's filter and order, when the run started (the calls
/// logged since then are done), and the leads the SDR passed over without logging a call.
/// </summary>
public sealed record CallSession(QueueFilter Filter, DateTime? StartedAt = null, IReadOnlyList<int>? Skipped = null)
{
    public const string Path = "/calling";

    /// <summary>More leads than anyone passes over in one run; an address with more is cut there.</summary>
    private const int MaxSkipped = 200;

    public IReadOnlyList<int> Passed => Skipped ?? [];

    public CallSession Skipping(int leadId) => this with { Skipped = [.. Passed.Where(id => id != leadId), leadId] };

    public string Href => Path + QueryString.Create(new Dictionary<string, string?>
    {
        ["stage"] = Filter.Stage?.ToString(),
        ["source"] = Filter.Source,
        ["industry"] = Filter.Industry,
        ["size"] = Filter.Size?.ToString(),
        ["band"] = Filter.Band?.ToString(),
        ["sort"] = Filter.Sort == QueueSort.Priority ? null : Filter.Sort.ToString(),
        ["since"] = StartedAt?.ToString("o", CultureInfo.InvariantCulture),
        ["skip"] = Passed.Count == 0 ? null : string.Join(',', Passed),
    }.Where(kv => kv.Value is not null)).ToString();

    /// <summary>Reads a run from an address; anything that is not a value it knows is ignored (the address is the user's).</summary>
    public static CallSession FromUri(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri, UriKind.Absolute).Query);
        string? Get(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;
        T? EnumOf<T>(string key) where T : struct, Enum => Enum.TryParse<T>(Get(key), out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

        var filter = new QueueFilter(EnumOf<LifecycleStage>("stage"), Get("source"), Get("industry"), EnumOf<CompanySize>("size"),
            EnumOf<PriorityBand>("band"), EnumOf<QueueSort>("sort") ?? QueueSort.Priority);
        DateTime? since = DateTime.TryParse(Get("since"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? DateTime.SpecifyKind(at, DateTimeKind.Utc)
            : null;
        var skipped = (Get("skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().Take(MaxSkipped).ToList();
        return new CallSession(filter, since, skipped);
    }
}

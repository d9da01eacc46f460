using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Web.Features.Bulk;

/// <summary>A lead as the user selected it: its name for the report, and its revision when the list was drawn (null where the rule is re-checked instead).</summary>
public sealed record BulkTarget(int LeadId, string Name, int? Revision = null)
{
    public static BulkTarget Of(LeadRow row) => new(row.Id, row.Name, row.Revision);
}

/// <summary>What one bulk action did to one lead.</summary>
public sealed record BulkItem(BulkTarget Lead, WorkResult Result);

/// <summary>Leads a bulk action did not change for one reason, named.</summary>
public sealed record BulkFailure(string Reason, IReadOnlyList<string> Names);

/// <summary>
/// What a bulk action did, lead by lead: how many succeeded, and why the others did not, grouped by reason
/// ("18 reassigned; 2 not: changed by someone else meanwhile (Ann Lee, Bo Chen)"). Screens only render it.
/// </summary>
public sealed class BulkOutcome(string verb, IReadOnlyList<BulkItem> items)
{
    /// <summary>How many names a reason lists before it says how many more.</summary>
    public const int NamesShown = 10;

    public const string ConflictReason = "changed by someone else meanwhile";
    public const string BusyReason = "the database was busy, so they were not saved; try them again";
    public const string MissingReason = "not yours to act on, or no longer there";

    /// <summary>What succeeding means for this action, in the past tense ("reassigned").</summary>
    public string Verb { get; } = verb;

    public IReadOnlyList<BulkItem> Items { get; } = items;

    public int Succeeded => Items.Count(i => i.Result.Succeeded);

    public int Failed => Items.Count - Succeeded;

    /// <summary>The database was busy: the action stopped there, and the leads from that one on were not changed.</summary>
    public bool Stopped => Items.Any(i => i.Result.Kind == WorkResultKind.Busy);

    /// <summary>When the action stopped, which leads it had already changed.</summary>
    public string? StoppedNote => Stopped
        ? Succeeded == 0
            ? "The database was busy, so it stopped before changing any lead."
            : $"The database was busy, so it stopped after these {Succeeded}: {Names(Items.Where(i => i.Result.Succeeded).Select(i => i.Lead.Name).ToList())}."
        : null;

    public IReadOnlyList<BulkFailure> Failures => Items.Where(i => !i.Result.Succeeded)
        .GroupBy(i => ReasonOf(i.Result))
        .Select(g => new BulkFailure(g.Key, g.Select(i => i.Lead.Name).ToList()))
        .ToList();

    public string Summary => Failed == 0
        ? $"{Succeeded} {Verb}."
        : $"{Succeeded} {Verb}; {Failed} not: {string.Join("; ", Failures.Select(f => $"{f.Reason} ({Names(f.Names)})"))}.";

    /// <summary>The whole action was refused before any lead was touched (the role may not take it): every lead says why.</summary>
    public static BulkOutcome Refused(string verb, IEnumerable<BulkTarget> leads, string reason) =>
        new(verb, leads.Select(l => new BulkItem(l, WorkResult.Refused(reason))).ToList());

    public static string ReasonOf(WorkResult result) => result.Kind switch
    {
        WorkResultKind.Conflict => ConflictReason,
        WorkResultKind.Busy => BusyReason,
        WorkResultKind.Missing => MissingReason,
        _ => Lowered(result.Error ?? "refused"),
    };

    private static string Names(IReadOnlyList<string> names) => names.Count <= NamesShown
        ? string.Join(", ", names)
        : $"{string.Join(", ", names.Take(NamesShown))} and {names.Count - NamesShown} more";

    /// <summary>A domain message read mid-sentence: "Leads can only go to an active SDR." as "leads can only go to an active SDR".</summary>
    private static string Lowered(string message)
    {
        var text = message.Trim().TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}

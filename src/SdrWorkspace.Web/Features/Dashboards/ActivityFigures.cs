using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Domain.Sla;

namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>
/// The manager's figures about people's work in the period: who moved leads on, speed to lead, rep
/// productivity week by week, touches before conversion or recycle, and the mix of reply dispositions.
/// </summary>
internal sealed class ActivityFigures(DashboardData data, DashboardFilter filter, QualificationDefinition definition, DateTime now, FigureSet figures)
{
    private static readonly (string Label, int? UpToMinutes)[] ResponseBuckets =
        [("5 to 30 minutes", 30), ("30 minutes to 1 hour", 60), ("1 to 4 hours", 240), ("4 to 24 hours", 1440), ("Over a day", null)];

    private static readonly (string Label, int Min, int Max)[] TouchBuckets =
        [("No touch", 0, 0), ("1-3", 1, 3), ("4-7", 4, 7), ("8-15", 8, 15), ("16 or more", 16, int.MaxValue)];

    private readonly Dictionary<string, Person> _byId = data.People.ToDictionary(p => p.Id);
    private readonly Dictionary<string, Person> _byActor = data.People.DistinctBy(p => p.Actor).ToDictionary(p => p.Actor, StringComparer.OrdinalIgnoreCase);
    private readonly ILookup<int, TouchRow> _touchesOf = data.Touches.OrderBy(t => t.At).ToLookup(t => t.LeadId);

    public ManagerSections Sections(IReadOnlyList<(string Actor, int[] LeadIds, int Moves)> movedOnBy)
    {
        var activity = RepActivity();
        return new(
            movedOnBy.Select(m => new MoverRow(NameOfActor(m.Actor), figures.Add($"moved:{m.Actor}", $"Moved on by {NameOfActor(m.Actor)}", m.LeadIds, m.Moves)))
                .OrderByDescending(m => m.Moves.Value).ThenBy(m => m.Actor, StringComparer.Ordinal).ToList(),
            Speed(), Reps(activity), RepWeeks(activity), TouchesBefore(), Dispositions());
    }

    private string NameOfActor(string actor) => _byActor.TryGetValue(actor, out var p) ? p.DisplayName : actor;

    private string NameOf(string? userId) => userId is not null && _byId.TryGetValue(userId, out var p) ? p.DisplayName : "(unassigned)";

    /// <summary>Hand-raises (the definition's high-intent signals) and the first touch at or after each.</summary>
    private SpeedSection Speed()
    {
        var raises = data.Events
            .Where(e => definition.IsHandRaise(new EngagementFact(e.Type, e.At, e.Url, e.Disposition)))
            .Select(e =>
            {
                var answer = _touchesOf[e.LeadId].FirstOrDefault(t => t.At >= e.At);
                var due = SlaClock.DueAt(definition.Sla, SlaKind.HighIntentResponse, e.At);
                var breached = answer is null ? now > due : answer.At > due;
                return new Raise(e.LeadId, e.OwnerId, answer is null ? null : (answer.At - e.At).TotalMinutes, breached);
            })
            .ToList();

        var sla = definition.Sla.HighIntentResponseMinutes;
        var buckets = new List<ResponseBucket>
        {
            new($"Within {sla} minutes", figures.Add("speed.bucket:within", $"Answered within {sla} minutes", Ids(raises.Where(r => r.Minutes <= sla)), raises.Count(r => r.Minutes <= sla))),
        };
        double lower = sla;
        foreach (var (label, upTo) in ResponseBuckets)
        {
            var rows = raises.Where(r => r.Minutes > lower && (upTo is null || r.Minutes <= upTo)).ToList();
            buckets.Add(new ResponseBucket(label, figures.Add($"speed.bucket:{label}", $"Answered in {label.ToLowerInvariant()}", Ids(rows), rows.Count)));
            lower = Math.Max(lower, upTo ?? double.MaxValue);
        }
        var unanswered = raises.Where(r => r.Minutes is null).ToList();
        buckets.Add(new ResponseBucket("Not answered yet", figures.Add("speed.bucket:none", "Hand-raises not answered yet", Ids(unanswered), unanswered.Count)));

        var breaches = raises.Where(r => r.Breached).GroupBy(r => NameOf(r.OwnerId))
            .Select(g => new BreachRow(g.Key, figures.Add($"speed.breaches:{g.Key}", $"SLA breaches on {g.Key}'s leads", Ids(g), g.Count())))
            .OrderByDescending(b => b.Breaches.Value).ThenBy(b => b.Rep, StringComparer.Ordinal).ToList();
        return new SpeedSection(
            figures.Add("speed.all", "Hand-raises in the period", Ids(raises), raises.Count),
            buckets[0].HandRaises, sla, buckets, breaches);

        static IEnumerable<int> Ids(IEnumerable<Raise> rows) => rows.Select(r => r.LeadId);
    }

    private readonly record struct Raise(int LeadId, string? OwnerId, double? Minutes, bool Breached);

    private List<RepRow> Reps(List<RepWeek> activity)
    {
        var weeks = ReportingWeek.Of(filter.From, filter.To).Count;
        return activity.GroupBy(a => a.Rep).Select(g => new RepRow(NameOf(g.Key),
                Figure($"rep:{g.Key}", "touches", g.Key, g.SelectMany(a => a.Touches)),
                Figure($"rep:{g.Key}", "conversations", g.Key, g.SelectMany(a => a.Touches).Where(t => Touch.IsResponseOutcome(t.Outcome))),
                Figure($"rep:{g.Key}", "meetings", g.Key, g.SelectMany(a => a.Touches).Where(t => t.Outcome == TouchOutcome.MeetingBooked)),
                figures.Add($"rep:{g.Key}.sqls", $"SQLs by {NameOf(g.Key)}", g.SelectMany(a => a.Sqls).Select(m => m.LeadId), g.Sum(a => a.Sqls.Count)),
                weeks))
            .OrderBy(r => r.Rep, StringComparer.Ordinal).ToList();
    }

    private List<RepWeekRow> RepWeeks(List<RepWeek> activity) =>
        activity.Select(a => new RepWeekRow(NameOf(a.Rep), a.Week,
                Figure($"rep:{a.Rep}.{a.Week:yyyy-MM-dd}", "touches", a.Rep, a.Touches),
                Figure($"rep:{a.Rep}.{a.Week:yyyy-MM-dd}", "conversations", a.Rep, a.Touches.Where(t => Touch.IsResponseOutcome(t.Outcome))),
                Figure($"rep:{a.Rep}.{a.Week:yyyy-MM-dd}", "meetings", a.Rep, a.Touches.Where(t => t.Outcome == TouchOutcome.MeetingBooked)),
                figures.Add($"rep:{a.Rep}.{a.Week:yyyy-MM-dd}.sqls", $"SQLs by {NameOf(a.Rep)} in the week of {a.Week:d MMM}", a.Sqls.Select(m => m.LeadId), a.Sqls.Count)))
            .OrderBy(r => r.Rep, StringComparer.Ordinal).ThenBy(r => r.Week).ToList();

    private Figure Figure(string prefix, string what, string rep, IEnumerable<TouchRow> touches)
    {
        var rows = touches.ToList();
        return figures.Add($"{prefix}.{what}", $"{char.ToUpperInvariant(what[0])}{what[1..]} by {NameOf(rep)}", rows.Select(t => t.LeadId), rows.Count);
    }

    /// <summary>Per rep and week: their touches in the period, and the SQLs they made (moves to SQL in their name).</summary>
    private sealed record RepWeek(string Rep, DateOnly Week, List<TouchRow> Touches, List<MoveRow> Sqls);

    private List<RepWeek> RepActivity()
    {
        var touches = data.Touches.Where(t => filter.InPeriod(t.At)).ToLookup(t => (t.ByUserId, ReportingWeek.StartOf(t.At)));
        var sqls = data.Moves.Where(m => m.To == LifecycleStage.SQL && filter.InPeriod(m.At) && _byActor.ContainsKey(m.Actor))
            .ToLookup(m => (_byActor[m.Actor].Id, ReportingWeek.StartOf(m.At)));
        return touches.Select(g => g.Key).Union(sqls.Select(g => g.Key))
            .Select(k => new RepWeek(k.Item1, k.Item2, touches[k].ToList(), sqls[k].ToList()))
            .ToList();
    }

    /// <summary>Touches a cohort lead got before it first became an SQL (converted) or, never converting, was recycled.</summary>
    private TouchesSection TouchesBefore()
    {
        var cohort = data.Cohort.Select(l => l.Id).ToHashSet();
        var history = data.Moves.Where(m => cohort.Contains(m.LeadId)).ToLookup(m => m.LeadId);
        var converted = new List<(int LeadId, int Touches)>();
        var recycled = new List<(int LeadId, int Touches)>();
        foreach (var moves in history)
        {
            var sql = moves.FirstOrDefault(m => m.To == LifecycleStage.SQL);
            var recycle = moves.FirstOrDefault(m => m.To is LifecycleStage.Nurture or LifecycleStage.Disqualified);
            if (sql is not null)
                converted.Add((moves.Key, _touchesOf[moves.Key].Count(t => t.At < sql.At)));
            else if (recycle is not null)
                recycled.Add((moves.Key, _touchesOf[moves.Key].Count(t => t.At < recycle.At)));
        }
        return new TouchesSection(
            figures.Add("touches.converted", "Leads that became SQL", converted.Select(c => c.LeadId)), Median(converted),
            figures.Add("touches.recycled", "Leads recycled without converting", recycled.Select(c => c.LeadId)), Median(recycled),
            TouchBuckets.Select(b => new TouchBucket(b.Label,
                figures.Add($"touches.converted:{b.Label}", $"Became SQL after {b.Label} touches", converted.Where(c => c.Touches >= b.Min && c.Touches <= b.Max).Select(c => c.LeadId)),
                figures.Add($"touches.recycled:{b.Label}", $"Recycled after {b.Label} touches", recycled.Where(c => c.Touches >= b.Min && c.Touches <= b.Max).Select(c => c.LeadId))))
                .ToList());

        static double? Median(List<(int LeadId, int Touches)> rows) =>
            rows.Count == 0 ? null : Statistics.Percentile(rows.Select(r => r.Touches).Order().ToList(), 0.5);
    }

    /// <summary>Coded replies received in the period, by week and disposition.</summary>
    private List<DispositionCell> Dispositions() =>
        data.Events.Where(e => e.Disposition is not null)
            .GroupBy(e => (Week: ReportingWeek.StartOf(e.At), Code: e.Disposition!.Value))
            .Select(g =>
            {
                var label = definition.Dispositions.FirstOrDefault(d => d.Code == g.Key.Code)?.Label ?? g.Key.Code.ToString();
                return new DispositionCell(g.Key.Week, label,
                    figures.Add($"dispositions:{g.Key.Week:yyyy-MM-dd}.{g.Key.Code}", $"{label} replies in the week of {g.Key.Week:d MMM}", g.Select(e => e.LeadId), g.Count()));
            })
            .OrderBy(c => c.Week).ThenBy(c => c.Disposition, StringComparer.Ordinal).ToList();
}

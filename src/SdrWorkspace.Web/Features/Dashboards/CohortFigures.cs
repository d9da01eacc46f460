using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;
using SdrWorkspace.Web.Features.Mqls;

namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>
/// Figures over the cohort, the leads created in the period. "Reached" a stage means the history holds a
/// move to it, so a lead that moved on (or back) still counts where it has been. MQL answers are the exception: they
/// count the MQLs of the period, as the MQL review does.
/// </summary>
internal sealed class CohortFigures
{
    private readonly DashboardData _data;
    private readonly FigureSet _figures;
    private readonly ILookup<int, MoveRow> _historyOf;
    private readonly Dictionary<LifecycleStage, HashSet<int>> _reached;
    private readonly ILookup<LifecycleStage, (MoveRow Entry, MoveRow? Answer)> _answers;

    public CohortFigures(DashboardData data, FigureSet figures)
    {
        _data = data;
        _figures = figures;
        var cohort = data.Cohort.Select(l => l.Id).ToHashSet();
        _historyOf = data.Moves.Where(m => cohort.Contains(m.LeadId)).ToLookup(m => m.LeadId);
        _reached = LifecycleRules.Funnel.ToDictionary(s => s,
            s => _historyOf.SelectMany(h => h).Where(m => m.To == s).Select(m => m.LeadId).ToHashSet());
        // Paired once: time in stage and acceptance read the pairs of several stages.
        _answers = _historyOf.SelectMany(history =>
        {
            var moves = history.ToList();
            return moves.Select((m, i) => (Entry: m, Answer: i + 1 < moves.Count ? moves[i + 1] : null));
        }).ToLookup(x => x.Entry.To);
    }

    public FunnelSection Funnel()
    {
        var stages = new List<FunnelStage>();
        LifecycleStage? previous = null;
        foreach (var stage in LifecycleRules.Funnel)
        {
            var reached = _figures.Add($"funnel.reached.{stage}", $"Reached {stage}", _reached[stage]);
            var dropped = previous is { } p
                ? _figures.Add($"funnel.dropped.{stage}", $"Reached {p} but never {stage}", _reached[p].Except(_reached[stage]))
                : null;
            var before = previous is { } q ? _reached[q].Count : 0;
            stages.Add(new FunnelStage(stage, reached, dropped, before == 0 ? null : (double)reached.Value / before, TimeIn(stage)));
            previous = stage;
        }
        var mqls = _reached[LifecycleStage.MQL].Count;
        var now = _data.Cohort.ToLookup(l => l.Stage, l => l.Id);
        return new FunnelSection(stages, mqls == 0 ? null : (double)_reached[LifecycleStage.SQL].Count / mqls,
            Enum.GetValues<LifecycleStage>().Select(stage => new CurrentStage(stage, _figures.Add($"funnel.now.{stage}", $"In {stage} today", now[stage]))).ToList());
    }

    /// <summary>Completed stays only: from a move into the stage to the lead's next move.</summary>
    private StageTime? TimeIn(LifecycleStage stage)
    {
        var stays = Answers(stage).Where(a => a.Answer is not null)
            .Select(a => (a.Entry.LeadId, Duration: a.Answer!.At - a.Entry.At)).ToList();
        if (stays.Count == 0)
            return null;
        var sorted = stays.Select(s => s.Duration).Order().ToList();
        var figure = _figures.Add($"funnel.stays.{stage}", $"Completed stays in {stage}", stays.Select(s => s.LeadId), stays.Count);
        return new StageTime(figure, Statistics.Percentile(sorted, 0.5), Statistics.Percentile(sorted, 0.9));
    }

    /// <summary>Every move into a stage with the lead's next move (its answer), if any.</summary>
    private IEnumerable<(MoveRow Entry, MoveRow? Answer)> Answers(LifecycleStage stage) => _answers[stage];

    /// <summary>Who moved the cohort forward through the funnel, and how often.</summary>
    public IReadOnlyList<(string Actor, int[] LeadIds, int Moves)> MovedOnBy() =>
        _historyOf.SelectMany(h => h).Where(m => m.From is not null && m.To is LifecycleStage.MQL or LifecycleStage.SAL or LifecycleStage.SQL or LifecycleStage.Opportunity)
            .GroupBy(m => m.Actor)
            .Select(g => (g.Key, g.Select(m => m.LeadId).ToArray(), g.Count()))
            .ToList();

    /// <summary>
    /// What came of the MQLs of the period (<see cref="MqlOutcomeQueries"/>, as the MQL review and the API count them),
    /// and of the cohort's SQLs.
    /// </summary>
    public AcceptanceSection Acceptance(IReadOnlyList<MqlRecord> mqls)
    {
        var sqls = Answers(LifecycleStage.SQL).ToList();
        var taken = sqls.Where(a => a.Answer?.To == LifecycleStage.Opportunity).ToList();
        var returned = sqls.Where(a => a.Answer?.To == LifecycleStage.SAL).ToList();
        var waiting = sqls.Where(a => a.Answer is null).ToList();

        return new AcceptanceSection(
            _figures.Add("mql.all", "MQLs of the period", mqls.Select(m => m.LeadId), mqls.Count),
            Mqls(MqlAnswer.Accepted), Mqls(MqlAnswer.Rejected), Mqls(MqlAnswer.RecycledByCadence), Mqls(MqlAnswer.Waiting),
            MqlRejections.ByReason(mqls).Select(r => new ReasonRow(r.Reason,
                _figures.Add($"mql.reason:{r.Reason}", $"MQLs rejected: {r.Reason}", r.Mqls.Select(m => m.LeadId), r.Mqls.Count))).ToList(),
            Count("sql.accepted", "SQLs accepted by AEs", taken),
            Count("sql.returned", "SQLs returned by AEs", returned),
            Count("sql.pending", "SQLs awaiting the AE", waiting),
            Reasons("sql.reason", returned, a => a.Reason));

        Figure Mqls(MqlAnswer answer)
        {
            var these = mqls.Where(m => m.Answer == answer).ToList();
            return _figures.Add($"mql.{answer}", $"MQLs {MqlAnswers.Label(answer).ToLowerInvariant()}", these.Select(m => m.LeadId), these.Count);
        }

        Figure Count(string key, string label, List<(MoveRow Entry, MoveRow? Answer)> rows) =>
            _figures.Add(key, label, rows.Select(r => r.Entry.LeadId), rows.Count);
    }

    private List<ReasonRow> Reasons(string key, List<(MoveRow Entry, MoveRow? Answer)> answered, Func<MoveRow, string> reasonOf) =>
        answered.GroupBy(a => reasonOf(a.Answer!))
            .Select(g => new ReasonRow(g.Key, _figures.Add($"{key}:{g.Key}", g.Key, g.Select(a => a.Entry.LeadId), g.Count())))
            .OrderByDescending(r => r.Count.Value).ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<SegmentRow> Segments(string kind, Func<CohortLead, string> key) =>
        _data.Cohort.GroupBy(key)
            .Select(g =>
            {
                var ids = g.Select(l => l.Id).ToList();
                return new SegmentRow(g.Key,
                    _figures.Add($"{kind}:{g.Key}.leads", $"Leads from {g.Key}", ids),
                    _figures.Add($"{kind}:{g.Key}.mqls", $"MQLs from {g.Key}", ids.Where(_reached[LifecycleStage.MQL].Contains)),
                    _figures.Add($"{kind}:{g.Key}.sqls", $"SQLs from {g.Key}", ids.Where(_reached[LifecycleStage.SQL].Contains)));
            })
            .OrderByDescending(r => r.Leads.Value).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Score bands of 20 points, by today's score: does a higher score mean more SQLs and opportunities?</summary>
    public IReadOnlyList<CalibrationRow> Calibration() =>
        ScoreBands.All.Select(band =>
        {
            var ids = _data.Cohort.Where(l => ScoreBands.Of(l.Score) == band).Select(l => l.Id).ToList();
            return new CalibrationRow(band,
                _figures.Add($"calibration:{band}.leads", $"Leads scoring {band}", ids),
                _figures.Add($"calibration:{band}.sql", $"Leads scoring {band} that reached SQL", ids.Where(_reached[LifecycleStage.SQL].Contains)),
                _figures.Add($"calibration:{band}.opportunity", $"Leads scoring {band} that reached Opportunity", ids.Where(_reached[LifecycleStage.Opportunity].Contains)));
        }).ToList();

    /// <summary>Week by week: leads created, and leads of the segment moved into each stage that week.</summary>
    public IReadOnlyList<TrendWeek> Trends(DashboardFilter filter)
    {
        var moves = _data.Moves.Where(m => filter.InPeriod(m.At) && m.From is not null).ToLookup(m => (ReportingWeek.StartOf(m.At), m.To));
        var created = _data.Cohort.ToLookup(l => ReportingWeek.StartOf(l.CreatedAt));
        return ReportingWeek.Of(filter.From, filter.To).Select(reported =>
        {
            var week = reported.Start;
            return new TrendWeek(week,
                _figures.Add($"trend:{week:yyyy-MM-dd}.created", $"Leads created in the week of {week:d MMM}", created[week].Select(l => l.Id)),
                Moved(week, LifecycleStage.MQL), Moved(week, LifecycleStage.SAL), Moved(week, LifecycleStage.SQL), Moved(week, LifecycleStage.Opportunity),
                reported.DaysCovered);
        }).ToList();

        Figure Moved(DateOnly week, LifecycleStage stage) =>
            _figures.Add($"trend:{week:yyyy-MM-dd}.{stage}", $"Leads that became {stage} in the week of {week:d MMM}", moves[(week, stage)].Select(m => m.LeadId));
    }
}

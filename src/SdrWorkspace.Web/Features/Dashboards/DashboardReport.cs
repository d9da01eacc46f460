using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Web.Features.Dashboards;

/// <summary>
/// Every dashboard section for one filter. Sections a viewer may not see (rep-level figures for marketing)
/// are null, and their figures are not in <see cref="Figures"/>, so they cannot be drilled into or exported.
/// </summary>
public sealed record DashboardReport(
    FunnelSection Funnel,
    AcceptanceSection Acceptance,
    IReadOnlyList<SegmentRow> BySource,
    IReadOnlyList<SegmentRow> ByCampaign,
    IReadOnlyList<CalibrationRow> Calibration,
    IReadOnlyList<TrendWeek> Trends,
    ManagerSections? Manager,
    FigureSet Figures)
{
    /// <summary>The published B2B benchmark: about 13% of MQLs become SQLs on average.</summary>
    public const double MqlToSqlBenchmark = 0.13;
}

/// <summary>The figures a manager sees and marketing does not: people's work, rep by rep.</summary>
public sealed record ManagerSections(
    IReadOnlyList<MoverRow> MovedOnBy,
    SpeedSection Speed,
    IReadOnlyList<RepRow> Reps,
    IReadOnlyList<RepWeekRow> RepWeeks,
    TouchesSection TouchesBefore,
    IReadOnlyList<DispositionCell> Dispositions);

public sealed record FunnelStage(LifecycleStage Stage, Figure Reached, Figure? DroppedFromPrevious, double? ConversionFromPrevious, StageTime? TimeInStage);

/// <summary>How long completed stays in a stage lasted: the median and the 90th percentile.</summary>
public sealed record StageTime(Figure Stays, TimeSpan Median, TimeSpan P90);

/// <param name="Now">Where the cohort is today, every stage (recycled and disqualified leads included).</param>
public sealed record FunnelSection(IReadOnlyList<FunnelStage> Stages, double? MqlToSql, IReadOnlyList<CurrentStage> Now);

public sealed record CurrentStage(LifecycleStage Stage, Figure Leads);

public sealed record MoverRow(string Actor, Figure Moves);

public sealed record ReasonRow(string Reason, Figure Count);

/// <summary>What sales did with the MQLs of the period, and AEs with the cohort's SQLs.</summary>
public sealed record AcceptanceSection(
    Figure MqlsInPeriod, Figure MqlsAccepted, Figure MqlsRejected, Figure MqlsRecycled, Figure MqlsWaiting, IReadOnlyList<ReasonRow> RejectionReasons,
    Figure SqlsAccepted, Figure SqlsReturned, Figure SqlsPending, IReadOnlyList<ReasonRow> ReturnReasons)
{
    public MqlTally Mqls => new(MqlsInPeriod.Value, MqlsAccepted.Value, MqlsRejected.Value, MqlsRecycled.Value, MqlsWaiting.Value);
    public double? SqlAcceptanceRate => Rate(SqlsAccepted.Value, SqlsReturned.Value);

    private static double? Rate(int accepted, int rejected) => accepted + rejected == 0 ? null : (double)accepted / (accepted + rejected);
}

public sealed record SegmentRow(string Name, Figure Leads, Figure Mqls, Figure Sqls)
{
    public double? LeadToSql => Leads.Value == 0 ? null : (double)Sqls.Value / Leads.Value;
}

public sealed record CalibrationRow(string Band, Figure Leads, Figure ReachedSql, Figure ReachedOpportunity)
{
    public double? ToSql => Leads.Value == 0 ? null : (double)ReachedSql.Value / Leads.Value;
    public double? ToOpportunity => Leads.Value == 0 ? null : (double)ReachedOpportunity.Value / Leads.Value;
}

/// <param name="DaysCovered">Days of the week inside the period: fewer than 7 for a partial first or last week.</param>
public sealed record TrendWeek(DateOnly Week, Figure Created, Figure Mqls, Figure Sals, Figure Sqls, Figure Opportunities, int DaysCovered = ReportingWeek.Days)
{
    public bool IsPartial => DaysCovered < ReportingWeek.Days;

    /// <summary>"23 Nov", or "23 Nov (1 of 7 days)" for a partial week, so a short week does not read as a drop.</summary>
    public string Label => IsPartial ? $"{Week:d MMM} ({DaysCovered} of {ReportingWeek.Days} days)" : $"{Week:d MMM}";
}

public sealed record ResponseBucket(string Label, Figure HandRaises);

public sealed record BreachRow(string Rep, Figure Breaches);

public sealed record SpeedSection(Figure HandRaises, Figure WithinSla, int SlaMinutes, IReadOnlyList<ResponseBucket> Distribution, IReadOnlyList<BreachRow> BreachesByRep)
{
    public double? ShareWithinSla => HandRaises.Value == 0 ? null : (double)WithinSla.Value / HandRaises.Value;
}

public sealed record RepRow(string Rep, Figure Touches, Figure Conversations, Figure Meetings, Figure Sqls, int Weeks)
{
    public double PerWeek(Figure figure) => Weeks == 0 ? 0 : (double)figure.Value / Weeks;
}

public sealed record RepWeekRow(string Rep, DateOnly Week, Figure Touches, Figure Conversations, Figure Meetings, Figure Sqls);

public sealed record TouchesSection(Figure Converted, double? MedianToConversion, Figure Recycled, double? MedianToRecycle, IReadOnlyList<TouchBucket> Buckets);

public sealed record TouchBucket(string Label, Figure Converted, Figure Recycled);

public sealed record DispositionCell(DateOnly Week, string Disposition, Figure Replies);

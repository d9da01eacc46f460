namespace SdrWorkspace.Web.Features.Dashboards;

internal static class Statistics
{
    /// <summary>The nearest-rank percentile (0.5 is the median): a value that occurred, not an interpolation.</summary>
    public static T Percentile<T>(IReadOnlyList<T> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>The Monday that starts the (UTC) week of a moment.</summary>
    public static DateOnly WeekOf(DateTime at)
    {
        var day = DateOnly.FromDateTime(at);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>The weeks a period touches, first to last.</summary>
    public static IReadOnlyList<DateOnly> WeeksOf(DashboardFilter filter)
    {
        var weeks = new List<DateOnly>();
        for (var week = WeekOf(filter.From); week <= WeekOf(filter.To.AddTicks(-1)); week = week.AddDays(7))
            weeks.Add(week);
        return weeks;
    }
}

namespace SdrWorkspace.Domain.Common;

/// <summary>
/// A week of a week-by-week report (Monday to Monday, UTC) and how many of its days the period covers: the first
/// and last weeks of a period are often partial ("this week so far"), and their counts are not a drop.
/// </summary>
public sealed record ReportingWeek(DateOnly Start, int DaysCovered)
{
    public const int Days = 7;

    public bool IsPartial => DaysCovered < Days;

    /// <summary>The Monday that starts the week of a moment.</summary>
    public static DateOnly StartOf(DateTime at)
    {
        var day = DateOnly.FromDateTime(at);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    /// <summary>The weeks the period from <paramref name="from"/> up to (not including) <paramref name="to"/> touches, first to last.</summary>
    public static IReadOnlyList<ReportingWeek> Of(DateTime from, DateTime to)
    {
        var weeks = new List<ReportingWeek>();
        for (var week = StartOf(from); week <= StartOf(to.AddTicks(-1)); week = week.AddDays(Days))
        {
            var start = week.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var covered = (to < start.AddDays(Days) ? to : start.AddDays(Days)) - (from > start ? from : start);
            weeks.Add(new ReportingWeek(week, Math.Min(Days, (int)Math.Ceiling(covered.TotalDays))));
        }
        return weeks;
    }
}

using System.Globalization;

namespace SdrWorkspace.Domain.Common;

/// <summary>
/// The periods a report may cover (the funnel, the dashboards and their exports): inside a calendar wide enough
/// for any real question and far enough from the ends of .NET's dates that day and week arithmetic cannot
/// overflow, and at most ten years long, so a week-by-week report stays a few hundred weeks.
/// </summary>
public static class ReportingPeriod
{
    public const int MaxYears = 10;

    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2999, 12, 31);

    private static readonly DateTime EarliestStart = Earliest.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    private static readonly DateTime LatestEnd = Latest.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static bool Contains(DateOnly day) => day >= Earliest && day <= Latest;

    /// <summary>Why the period from <paramref name="from"/> up to (not including) <paramref name="to"/> cannot be reported on; null when it can.</summary>
    public static string? Problem(DateTime from, DateTime to)
    {
        if (from < EarliestStart || to > LatestEnd)
            return string.Create(CultureInfo.InvariantCulture, $"A period lies between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
        if (to <= from)
            return "A period ends after it starts.";
        if (to > from.AddYears(MaxYears))
            return $"A period spans at most {MaxYears} years.";
        return null;
    }
}

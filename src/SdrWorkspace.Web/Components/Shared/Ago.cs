namespace SdrWorkspace.Web.Components.Shared;

/// <summary>How a length of time reads to people: "4:12", "2 h 5 min", "118 days" (a moment: <see cref="ViewerClock"/>).</summary>
public static class Ago
{
    /// <summary>
    /// A length of time, as precise as it is useful: minutes and seconds within the hour (it is ticking),
    /// hours and minutes within two days, whole days beyond.
    /// </summary>
    public static string Duration(TimeSpan span)
    {
        span = span.Duration();
        return span.TotalHours < 1 ? $"{(int)span.TotalMinutes}:{span.Seconds:00}"
            : span.TotalHours < 48 ? $"{(int)span.TotalHours} h {span.Minutes} min"
            : $"{(int)span.TotalDays} days";
    }
}

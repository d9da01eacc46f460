namespace SdrWorkspace.Web.Components.Shared;

/// <summary>How times read to people: "3 min ago", "5 d ago"; "4:12", "2 h 5 min", "118 days" for a length of time.</summary>
public static class Ago
{
    public static string Of(DateTime at, DateTime now)
    {
        var span = now - at;
        return span.TotalMinutes < 1 ? "just now"
            : span.TotalMinutes < 60 ? $"{(int)span.TotalMinutes} min ago"
            : span.TotalHours < 24 ? $"{(int)span.TotalHours} h ago"
            : span.TotalDays < 60 ? $"{(int)span.TotalDays} d ago"
            : at.ToString("d MMM yyyy");
    }

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

namespace SdrWorkspace.Web.Components.Shared;

/// <summary>"3 min ago", "2 h ago", "5 d ago": how SDRs read recency at a glance.</summary>
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
}

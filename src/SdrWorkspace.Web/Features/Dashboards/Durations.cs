using System.Globalization;

namespace SdrWorkspace.Web.Features.Dashboards;

internal static class Durations
{
    /// <summary>"12 min", "5.5 h", "3.2 days": the unit that keeps the number readable.</summary>
    public static string Of(TimeSpan span) => span.TotalMinutes < 90
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} min")
        : span.TotalHours < 48
            ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.#} days");
}

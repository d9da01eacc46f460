using System.Globalization;
using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Web.Components.Shared;

/// <summary>How a time is written: the parts a place needs, always in the viewer's zone.</summary>
public enum TimeStyle
{
    /// <summary>30 Nov 2026</summary>
    Date,
    /// <summary>30 Nov</summary>
    DayMonth,
    /// <summary>30 Nov 2026 14:05</summary>
    DateTime,
    /// <summary>30 Nov 14:05</summary>
    DayMonthTime,
    /// <summary>14:05:09</summary>
    TimeWithSeconds,
}

/// <summary>
/// The time as the person looking at the screen reads it: "now" from the app's <see cref="TimeProvider"/>, and every
/// stored (UTC) time written in the viewer's zone, the same way everywhere (see <see cref="LocalTime"/>). One per
/// circuit: the main layout sets the zone from the user's setting, or from the browser the first time.
/// </summary>
public sealed class ViewerClock(TimeProvider clock)
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public TimeZoneInfo Zone { get; private set; } = TimeZones.Fallback;

    /// <summary>Raised when the zone changes (detected from the browser, or chosen), so shown times redraw.</summary>
    public event Action? ZoneChanged;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>Shows times in this zone from now on; an unknown id changes nothing. True when the zone changed.</summary>
    public bool Use(string? zoneId)
    {
        if (TimeZones.Find(zoneId) is not { } zone || zone.Id == Zone.Id)
            return false;
        Zone = zone;
        ZoneChanged?.Invoke();
        return true;
    }

    public DateTime ToLocal(DateTime utc) => TimeZones.ToLocal(utc, Zone);

    /// <summary>A time the viewer typed (a date-time field), as the UTC time it means.</summary>
    public DateTime ToUtc(DateTime local) => TimeZones.ToUtc(local, Zone);

    public string Format(DateTime utc, TimeStyle style = TimeStyle.DateTime) => ToLocal(utc).ToString(style switch
    {
        TimeStyle.Date => "d MMM yyyy",
        TimeStyle.DayMonth => "d MMM",
        TimeStyle.DayMonthTime => "d MMM HH:mm",
        TimeStyle.TimeWithSeconds => "HH:mm:ss",
        _ => "d MMM yyyy HH:mm",
    }, Culture);

    /// <summary>The viewer's zone at that moment: "America/New_York, UTC-5".</summary>
    public string ZoneAt(DateTime utc) => Zone == TimeZones.Fallback ? "UTC" : $"{Zone.Id}, {TimeZones.OffsetAt(utc, Zone)}";

    /// <summary>Everything about a time, for a tooltip: "Mon 30 Nov 2026 14:05 (Europe/Berlin, UTC+1)".</summary>
    public string Describe(DateTime utc) => $"{ToLocal(utc).ToString("ddd d MMM yyyy HH:mm", Culture)} ({ZoneAt(utc)})";

    /// <summary>"just now", "3 min ago", "5 h ago", "12 d ago"; older than that, the date.</summary>
    public string Ago(DateTime utc)
    {
        var span = UtcNow - utc;
        return span.TotalMinutes < 1 ? "just now"
            : span.TotalMinutes < 60 ? $"{(int)span.TotalMinutes} min ago"
            : span.TotalHours < 24 ? $"{(int)span.TotalHours} h ago"
            : span.TotalDays < 60 ? $"{(int)span.TotalDays} d ago"
            : Format(utc, TimeStyle.Date);
    }
}

namespace SdrWorkspace.Domain.Common;

/// <summary>
/// The zones people see times in. Times are stored and compared in UTC; a zone only turns one into the wall time a
/// person reads, or a wall time they type back into UTC. Zones are IANA ids, as browsers report them
/// ("Europe/Berlin"), looked up in the server's zone database, daylight saving included.
/// </summary>
public static class TimeZones
{
    /// <summary>Room for any IANA id (the longest is 32 characters).</summary>
    public const int IdMaxLength = 64;

    /// <summary>The zone of someone whose zone is not known yet.</summary>
    public static readonly TimeZoneInfo Fallback = TimeZoneInfo.Utc;

    /// <summary>The zone of an id, or null for a blank or unknown one (anything may come from a browser).</summary>
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= IdMaxLength && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)
            ? zone
            : null;

    /// <summary>Every zone a person can choose, by id.</summary>
    public static IReadOnlyList<string> Ids { get; } = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal).ToList();

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>
    /// A wall time typed in a zone, as UTC. A time the clocks skip (spring forward) means the same length of time
    /// after the last one before the jump (02:30 becomes 03:30); a time the clocks pass twice (fall back) means the
    /// first pass, the earlier instant.
    /// </summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddDays(-1))
            : zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTime((local - offset).Ticks, DateTimeKind.Utc);
    }

    /// <summary>The zone's offset at that moment, daylight saving included: "UTC+1", "UTC-4", "UTC+5:30", "UTC".</summary>
    public static string OffsetAt(DateTime utc, TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        if (offset == TimeSpan.Zero)
            return "UTC";
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        offset = offset.Duration();
        return offset.Minutes == 0 ? $"UTC{sign}{offset.Hours}" : $"UTC{sign}{offset.Hours}:{offset.Minutes:00}";
    }
}

using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Leads;

/// <summary>The zone a lead is called in, and whether its country spans other zones too (then the zone is the most populous one's).</summary>
public sealed record ContactZone(TimeZoneInfo Zone, bool CountrySpansZones)
{
    /// <summary>The lead's wall time now.</summary>
    public DateTime LocalTime(DateTime utcNow) => TimeZones.ToLocal(utcNow, Zone);
}

/// <summary>
/// Where a lead's day is: leads and accounts carry no zone of their own, only the account's country (the same
/// names and codes <see cref="Regions"/> reads), so the zone is the country's, or its most populous zone's
/// where it spans several.
/// </summary>
public static class ContactZones
{
    private static readonly Dictionary<string, (string ZoneId, bool Spans)> ByCountry = Build();

    public static ContactZone? Of(string? country) =>
        country is not null && ByCountry.TryGetValue(country.Trim(), out var known) && TimeZones.Find(known.ZoneId) is { } zone
            ? new ContactZone(zone, known.Spans)
            : null;

    private static Dictionary<string, (string, bool)> Build()
    {
        var map = new Dictionary<string, (string, bool)>(StringComparer.OrdinalIgnoreCase);
        void Add(string zone, bool spans, params string[] names)
        {
            foreach (var name in names)
                map[name] = (zone, spans);
        }
        Add("America/New_York", true, "United States", "United States of America", "USA", "U.S.", "U.S.A.", "US");
        Add("America/Toronto", true, "Canada", "CA");
        Add("Europe/London", false, "United Kingdom", "UK", "GB", "England", "Scotland", "Wales", "Northern Ireland");
        Add("Europe/Berlin", false, "Germany", "DE");
        Add("Europe/Paris", false, "France", "FR");
        Add("Europe/Amsterdam", false, "Netherlands", "NL");
        Add("Europe/Madrid", true, "Spain", "ES");
        Add("Europe/Rome", false, "Italy", "IT");
        Add("Europe/Stockholm", false, "Sweden", "SE");
        Add("Europe/Copenhagen", false, "Denmark", "DK");
        Add("Europe/Oslo", false, "Norway", "NO");
        Add("Europe/Helsinki", false, "Finland", "FI");
        Add("Europe/Dublin", false, "Ireland", "IE");
        Add("Europe/Brussels", false, "Belgium", "BE");
        Add("Europe/Zurich", false, "Switzerland", "CH");
        Add("Europe/Vienna", false, "Austria", "AT");
        Add("Europe/Warsaw", false, "Poland", "PL");
        Add("Europe/Lisbon", true, "Portugal", "PT");
        Add("America/Mexico_City", true, "Mexico", "MX");
        Add("America/Sao_Paulo", true, "Brazil", "BR");
        Add("America/Argentina/Buenos_Aires", false, "Argentina", "AR");
        Add("America/Santiago", true, "Chile", "CL");
        Add("America/Bogota", false, "Colombia", "CO");
        Add("Australia/Sydney", true, "Australia", "AU");
        Add("Asia/Kolkata", false, "India", "IN");
        Add("Asia/Tokyo", false, "Japan", "JP");
        Add("Asia/Singapore", false, "Singapore", "SG");
        Add("Asia/Shanghai", false, "China", "CN");
        Add("Pacific/Auckland", true, "New Zealand", "NZ");
        Add("Asia/Dubai", false, "United Arab Emirates", "AE");
        Add("Africa/Johannesburg", false, "South Africa", "ZA");
        Add("Asia/Jerusalem", false, "Israel", "IL");
        Add("Africa/Lagos", false, "Nigeria", "NG");
        Add("Asia/Riyadh", false, "Saudi Arabia", "SA");
        return map;
    }
}

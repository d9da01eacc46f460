namespace SdrWorkspace.Domain.Leads;

/// <summary>Maps a country (name or ISO code) to the sales region the ICP is written in.</summary>
public static class Regions
{
    public const string NorthAmerica = "North America";
    public const string Europe = "Europe";
    public const string LatinAmerica = "Latin America";
    public const string AsiaPacific = "Asia Pacific";
    public const string MiddleEastAfrica = "Middle East & Africa";

    private static readonly Dictionary<string, string> ByCountry = Build();

    public static string? Of(string? country) =>
        country is not null && ByCountry.TryGetValue(country.Trim(), out var region) ? region : null;

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string region, params string[] names)
        {
            foreach (var name in names)
                map[name] = region;
        }
        Add(NorthAmerica, "United States", "United States of America", "USA", "U.S.", "U.S.A.", "US", "Canada", "CA");
        Add(Europe, "United Kingdom", "UK", "GB", "England", "Scotland", "Wales", "Northern Ireland", "Germany", "DE", "France", "FR", "Netherlands", "NL", "Spain", "ES",
            "Italy", "IT", "Sweden", "SE", "Denmark", "DK", "Norway", "NO", "Finland", "FI", "Ireland", "IE",
            "Belgium", "BE", "Switzerland", "CH", "Austria", "AT", "Poland", "PL", "Portugal", "PT");
        Add(LatinAmerica, "Mexico", "MX", "Brazil", "BR", "Argentina", "AR", "Chile", "CL", "Colombia", "CO");
        Add(AsiaPacific, "Australia", "AU", "India", "IN", "Japan", "JP", "Singapore", "SG", "China", "CN", "New Zealand", "NZ");
        Add(MiddleEastAfrica, "United Arab Emirates", "AE", "South Africa", "ZA", "Israel", "IL", "Nigeria", "NG", "Saudi Arabia", "SA");
        return map;
    }
}

using System.Globalization;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Definition;

/// <summary>A value an ICP criterion may match, as stored ("CLevel") and as read ("C-level").</summary>
public sealed record FitChoice(string Value, string Label);

/// <summary>
/// What each ICP attribute matches: numeric ranges (employees, revenue), one of a closed list (regions and the
/// persona attributes scoring reads from a lead), or any text (industries, as imports deliver them). The editor
/// offers these choices and validation refuses a value outside a closed list, since it could never match.
/// </summary>
public static class FitValues
{
    /// <summary>Industries suggested when none of the definition's own values fits; any other may be typed.</summary>
    private static readonly string[] CommonIndustries =
    [
        "Software", "Internet", "Financial Services", "Professional Services", "Manufacturing", "Healthcare",
        "Retail", "Education", "Logistics", "Government", "Telecommunications", "Media", "Energy", "Nonprofit",
    ];

    private static readonly string[] AllRegions = [Regions.NorthAmerica, Regions.Europe, Regions.LatinAmerica, Regions.AsiaPacific, Regions.MiddleEastAfrica];

    public static bool IsRange(FitAttribute attribute) => attribute is FitAttribute.Employees or FitAttribute.AnnualRevenue;

    /// <summary>Whether any text may be matched: only the known choices are suggestions then, not limits.</summary>
    public static bool IsOpen(FitAttribute attribute) => attribute is FitAttribute.Industry;

    public static IReadOnlyList<FitChoice> Choices(FitAttribute attribute) => attribute switch
    {
        FitAttribute.Industry => Of(CommonIndustries),
        FitAttribute.Region => Of(AllRegions),
        FitAttribute.Seniority => OfEnum<Seniority>(),
        FitAttribute.JobFunction => OfEnum<JobFunction>(),
        FitAttribute.BuyingRole => OfEnum<BuyingRole>(),
        _ => [],
    };

    /// <summary>A stored value as read: a closed list's label, an open value exactly as it was typed.</summary>
    public static string Label(FitAttribute attribute, string value) =>
        Choices(attribute).FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase))?.Label ?? value;

    /// <summary>Whether a value can match: any text for an open attribute, one of the choices otherwise.</summary>
    public static bool IsKnown(FitAttribute attribute, string value) =>
        IsOpen(attribute) || Choices(attribute).Any(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>One match as read: "C-level", "Manager (40%)", "50 to 5,000", "20 to 49 (50%)".</summary>
    public static string Describe(FitAttribute attribute, FitMatch match)
    {
        var text = match.Value is { } value ? Label(attribute, value) : $"{Number(match.Min)} to {Number(match.Max)}";
        return match.Share == 1 ? text : string.Create(CultureInfo.InvariantCulture, $"{text} ({match.Share * 100:0.#}%)");
    }

    private static string Number(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "any";

    private static FitChoice[] Of(IEnumerable<string> values) => [.. values.Select(v => new FitChoice(v, v))];

    private static FitChoice[] OfEnum<T>() where T : struct, Enum =>
        [.. Enum.GetValues<T>().Where(v => v.ToString() != "Unknown").Select(v => new FitChoice(v.ToString(), Labels.Of(v)))];
}

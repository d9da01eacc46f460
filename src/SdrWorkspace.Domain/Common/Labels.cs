using System.Text;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Common;

/// <summary>
/// How identifiers read to people: "EconomicBuyer" is "Economic buyer", "CLevel" is "C-level", a criterion key
/// "economic_buyer" is "Economic buyer", a setting "minEngagement" is "Min engagement". Every screen and the
/// version diff name values through here, so a value reads the same wherever it is shown.
/// </summary>
public static class Labels
{
    private static readonly Dictionary<string, string> Special = new()
    {
        ["CLevel"] = "C-level",
        ["VP"] = "VP",
        ["IT"] = "IT",
        ["NotIcp"] = "Not ICP",
        ["LinkedIn"] = "LinkedIn",
    };

    /// <summary>An enum value in words; an event signal by the name scoring gives it ("Form submitted").</summary>
    public static string Of(Enum value) => value is EngagementSignal signal ? signal.Label() : Of(value.ToString());

    public static string Of(string name)
    {
        if (Special.TryGetValue(name, out var label))
            return label;
        if (name.Any(char.IsWhiteSpace))
            return name; // already words, e.g. "North America"
        if (name.Contains('_', StringComparison.Ordinal))
            return Capitalized(name.Replace('_', ' '));
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
                text.Append(' ');
            text.Append(i > 0 && startsWord && !IsAcronymAt(name, i) ? char.ToLowerInvariant(c) : c);
        }
        return Capitalized(text.ToString());
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static bool IsAcronymAt(string name, int i) => i + 1 < name.Length && char.IsUpper(name[i + 1]);
}

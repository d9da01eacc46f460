using System.Text;

namespace SdrWorkspace.Domain.Common;

/// <summary>How enum values read to people: "EconomicBuyer" is "Economic buyer", "CLevel" is "C-level".</summary>
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

    public static string Of(Enum value) => Of(value.ToString());

    public static string Of(string name)
    {
        if (Special.TryGetValue(name, out var label))
            return label;
        if (name.Any(char.IsWhiteSpace))
            return name; // already words, e.g. "North America"
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
                text.Append(' ');
            text.Append(i > 0 && startsWord && !IsAcronymAt(name, i) ? char.ToLowerInvariant(c) : c);
        }
        return text.ToString();
    }

    private static bool IsAcronymAt(string name, int i) => i + 1 < name.Length && char.IsUpper(name[i + 1]);
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SdrWorkspace.Domain.Definition;

/// <summary>One setting that differs between two versions, named as a person reads it ("MQL rule", "Min fit", "60", "50").</summary>
public sealed record DefinitionChange(string Section, string Setting, string? Before, string? After);

/// <summary>
/// A readable diff between two definitions, taken from their stored JSON so that every setting, present or
/// future, is compared. Lists of rules are matched by what they are about (an ICP attribute, a signal, a
/// framework, a disposition code), not by position, so a reordered list is no change.
/// </summary>
public static class DefinitionDiff
{
    private static readonly string[] ListKeys = ["attribute", "signal", "framework", "code"];

    private static readonly Dictionary<string, string> SectionNames = new()
    {
        ["fit"] = "ICP fit",
        ["engagement"] = "Engagement",
        ["fitShareOfScore"] = "Score mix",
        ["priority"] = "Priority bands",
        ["mql"] = "MQL rule",
        ["frameworks"] = "Frameworks",
        ["sla"] = "SLA",
        ["cadence"] = "Cadence and recycling",
        ["dispositions"] = "Dispositions",
    };

    public static IReadOnlyList<DefinitionChange> Between(QualificationDefinition older, QualificationDefinition newer)
    {
        var before = Flatten(older);
        var after = Flatten(newer);
        return before.Keys.Union(after.Keys)
            .Select(key => (key, before: before.GetValueOrDefault(key), after: after.GetValueOrDefault(key)))
            .Where(x => x.before != x.after)
            .Select(x => new DefinitionChange(x.key.Section, x.key.Setting, x.before, x.after))
            .ToList();
    }

    private static Dictionary<(string Section, string Setting), string> Flatten(QualificationDefinition definition)
    {
        var root = JsonNode.Parse(DefinitionJson.Serialize(definition))!.AsObject();
        var values = new Dictionary<(string, string), string>();
        foreach (var (name, node) in root)
        {
            if (name == "version" || node is null)
                continue;
            var section = SectionNames.GetValueOrDefault(name, Humanize(name));
            Walk(node, [], (path, value) => values[(section, path.Count == 0 ? section : string.Join(" › ", path))] = value);
        }
        return values;
    }

    private static void Walk(JsonNode node, List<string> path, Action<List<string>, string> emit)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (child is not null)
                        Walk(child, [.. path, Humanize(name)], emit);
                }
                break;
            case JsonArray array when array.All(IsKeyed):
                foreach (var item in array)
                {
                    var obj = item!.AsObject();
                    var key = ListKeys.First(obj.ContainsKey);
                    var rest = new JsonObject(obj.Where(p => p.Key != key).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
                    Walk(rest, [.. path, Humanize(obj[key]!.GetValue<string>())], emit);
                }
                break;
            case JsonArray array:
                // A plain list (ICP values, hand-raise signals, required criteria) reads best as one value.
                emit(path, array.Count == 0 ? "(none)" : string.Join(", ", array.Select(Describe)));
                break;
            default:
                emit(path, Describe(node));
                break;
        }
    }

    private static bool IsKeyed(JsonNode? item) => item is JsonObject obj && ListKeys.Any(obj.ContainsKey);

    /// <summary>A value as text; an ICP match reads "Software", "50 to 5000" or "20 to 49 (half)".</summary>
    private static string Describe(JsonNode? node)
    {
        if (node is not JsonObject match)
            return node is JsonValue v && v.TryGetValue<string>(out var text) ? Humanize(text) : node?.ToJsonString() ?? "";
        var described = new StringBuilder();
        if (match["value"] is { } value)
            described.Append(value.GetValue<string>());
        else
            described.Append(CultureInfo.InvariantCulture, $"{match["min"]?.ToJsonString() ?? "any"} to {match["max"]?.ToJsonString() ?? "any"}");
        if (match["share"] is { } share && share.GetValue<double>() != 1)
            described.Append(CultureInfo.InvariantCulture, $" ({share.GetValue<double>() * 100:0.#}%)");
        return described.ToString();
    }

    /// <summary>"minEngagement" and "MinEngagement" read "Min engagement"; "BANT" and "MQL" stay as they are.</summary>
    public static string Humanize(string name)
    {
        if (name.Length == 0 || name.All(c => !char.IsLower(c)))
            return name;
        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
                words.Append(' ').Append(char.ToLowerInvariant(c));
            else
                words.Append(i == 0 ? char.ToUpperInvariant(c) : c);
        }
        return words.ToString();
    }
}

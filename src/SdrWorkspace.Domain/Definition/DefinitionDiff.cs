using System.Text.Json.Nodes;
using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Qualification;
using SdrWorkspace.Domain.Scoring;

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
            var section = SectionNames.GetValueOrDefault(name, Labels.Of(name));
            Walk(node, [], new Context(name, null), (path, value) => values[(section, path.Count == 0 ? section : string.Join(" › ", path))] = value);
        }
        return values;
    }

    /// <summary>What a value is about: the setting that holds it and, inside an ICP criterion, its attribute.</summary>
    private sealed record Context(string Property, FitAttribute? Attribute);

    private static void Walk(JsonNode node, List<string> path, Context context, Action<List<string>, string> emit)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (child is not null)
                        Walk(child, [.. path, Labels.Of(name)], context with { Property = name }, emit);
                }
                break;
            case JsonArray array when array.All(IsKeyed):
                foreach (var item in array)
                {
                    var obj = item!.AsObject();
                    var key = ListKeys.First(obj.ContainsKey);
                    var id = obj[key]!.GetValue<string>();
                    var attribute = key == "attribute" && Enum.TryParse<FitAttribute>(id, out var a) ? a : context.Attribute;
                    var rest = new JsonObject(obj.Where(p => p.Key != key).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
                    Walk(rest, [.. path, Name(key, id)], new Context(key, attribute), emit);
                }
                break;
            case JsonArray array:
                // A plain list (ICP values, hand-raise signals, required criteria) reads best as one value.
                emit(path, array.Count == 0 ? "(none)" : string.Join(", ", array.Select(v => Describe(v, context))));
                break;
            default:
                emit(path, Describe(node, context));
                break;
        }
    }

    private static bool IsKeyed(JsonNode? item) => item is JsonObject obj && ListKeys.Any(obj.ContainsKey);

    /// <summary>A value as text; an ICP match reads as the editor shows it: "C-level", "50 to 5,000" or "20 to 49 (50%)".</summary>
    private static string Describe(JsonNode? node, Context context)
    {
        if (node is JsonObject match)
        {
            var fitMatch = new FitMatch(match["value"]?.GetValue<string>(), match["min"]?.GetValue<decimal>(), match["max"]?.GetValue<decimal>(),
                match["share"]?.GetValue<double>() ?? 1);
            return context.Attribute is { } attribute ? FitValues.Describe(attribute, fitMatch) : fitMatch.Value ?? "";
        }
        return node is JsonValue v && v.TryGetValue<string>(out var text) ? Name(context.Property, text) : node?.ToJsonString() ?? "";
    }

    /// <summary>An identifier named as the product names it: an event signal, a framework criterion, an enum value.</summary>
    private static string Name(string property, string id) => property switch
    {
        "signal" or "handRaises" when Enum.TryParse<EngagementSignal>(id, out var signal) => signal.Label(),
        "required" => Enum.GetValues<Framework>().SelectMany(FrameworkCatalogue.Criteria).FirstOrDefault(c => c.Key == id)?.Name ?? id,
        _ => Labels.Of(id),
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SdrWorkspace.Web.Features.Shared;

/// <summary>
/// A screen's filter as it is kept in the database (saved views, the filter a user last had). Filters change
/// shape over time (a stage renamed, a field dropped): reading an old one keeps what still fits and leaves
/// the rest at its default, so a stored filter never stops a screen from opening.
/// </summary>
public static class StoredFilter
{
    // Enums by name only: a number would read as a value the enum may not have.
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter(allowIntegerValues: false) } };

    public static string Write<T>(T filter) => JsonSerializer.Serialize(filter, Json);

    /// <param name="empty">The filter that filters nothing, for a stored filter that is missing or does not read at all.</param>
    public static T Read<T>(string? json, T empty)
    {
        if (Parse(json) is not { } stored)
            return empty;
        // Each failure names the field it could not read; drop that field and read the rest again.
        for (var fields = stored.Count; fields >= 0; fields--)
        {
            try
            {
                return stored.Deserialize<T>(Json) ?? empty;
            }
            catch (JsonException e) when (FieldOf(e.Path) is { } field && stored.Remove(field))
            {
            }
            catch (JsonException)
            {
                break;
            }
        }
        return empty;
    }

    private static JsonObject? Parse(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>"Stage" from a path such as "$.Stage", "$.Stage.x" or "$['Stage']".</summary>
    private static string? FieldOf(string? path)
    {
        if (path is null || !path.StartsWith('$') || path.Length < 3)
            return null;
        var rest = path[1] == '.' ? path[2..] : path[1] == '[' ? path[2..].Trim('\'', ']') : null;
        return rest?.Split('.', '[')[0].Trim('\'', ']') is { Length: > 0 } field ? field : null;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace SdrWorkspace.Domain.Definition;

/// <summary>How a definition version is stored: readable JSON, enums by name, so versions diff cleanly.</summary>
public static class DefinitionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(QualificationDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static QualificationDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<QualificationDefinition>(json, Options)
        ?? throw new JsonException("The stored definition is empty.");
}

namespace SdrWorkspace.Data.Definitions;

/// <summary>A stored, adopted version of the qualification definition. Rows are never updated.</summary>
public sealed class DefinitionVersion
{
    public const int ReasonMaxLength = Domain.Common.TextLimits.AdoptionReason;

    public int Version { get; set; }
    public string Json { get; set; } = "";
    public DateTime AdoptedAt { get; set; }
    public string AdoptedBy { get; set; } = "";
    public string Reason { get; set; } = "";
}

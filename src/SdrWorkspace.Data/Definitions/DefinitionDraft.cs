using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Data.Definitions;

public enum DraftStatus
{
    /// <summary>Being edited by its author (a manager or an admin).</summary>
    Editing,
    /// <summary>Marketing's proposal, waiting for a manager or an admin to adopt it.</summary>
    Proposed,
    Adopted,
    Discarded,
}

/// <summary>
/// A definition being worked on before it is adopted: the whole definition as JSON, the version it was
/// made from (adopting refuses a draft from an older version), and a revision so two editors of one
/// draft never overwrite each other.
/// </summary>
public sealed class DefinitionDraft
{
    public const int TitleMaxLength = TextLimits.DefinitionTitle;
    public const int NoteMaxLength = TextLimits.DefinitionNote;

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public int BasedOnVersion { get; set; }
    public string Json { get; set; } = "";
    public DraftStatus Status { get; set; }
    public string Author { get; set; } = "";
    /// <summary>What the author wants and why, for a proposal.</summary>
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int? AdoptedAsVersion { get; set; }
    public int Revision { get; set; }
}

/// <summary>A manager's quarterly review of a version that found nothing to change: it resets the review reminder.</summary>
public sealed class DefinitionReviewMark
{
    public const int NoteMaxLength = TextLimits.DefinitionNote;

    public long Id { get; set; }
    public int Version { get; set; }
    public DateTime ReviewedAt { get; set; }
    public string ReviewedBy { get; set; } = "";
    public string? Note { get; set; }
}

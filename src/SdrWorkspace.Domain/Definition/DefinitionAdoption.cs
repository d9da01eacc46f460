using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Definition;

/// <summary>
/// Adopting a draft: it becomes the next version, with a reason, only when it is sound and was drafted
/// from the version in force (so an adoption made meanwhile is never silently overwritten).
/// </summary>
public static class DefinitionAdoption
{
    public const int ReasonMaxLength = TextLimits.AdoptionReason;

    public static QualificationDefinition NextVersion(QualificationDefinition draft, int draftedFromVersion, QualificationDefinition current, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("Say why the definition changes: the reason is kept with the version.");
        if (reason.Trim().Length > ReasonMaxLength)
            throw new DomainException($"The reason is limited to {ReasonMaxLength} characters.");
        if (draftedFromVersion != current.Version)
            throw new DomainException(
                $"This draft was made from version {draftedFromVersion}, but version {current.Version} has been adopted since. Start a new draft from it.");
        var problems = DefinitionValidation.Problems(draft);
        if (problems.Count > 0)
            throw new DomainException(string.Join(" ", problems.Select(p => p.Message)));
        if (DefinitionDiff.Between(current, draft).Count == 0)
            throw new DomainException($"The draft is the same as version {current.Version}: nothing to adopt.");
        return draft with { Version = current.Version + 1 };
    }
}

/// <summary>The definition is reviewed every quarter; adopting a version or marking it reviewed counts as a review.</summary>
public static class DefinitionReview
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(90);

    public static DateTime DueAt(DateTime lastReviewedAt) => lastReviewedAt + Interval;

    public static bool IsDue(DateTime lastReviewedAt, DateTime now) => now >= DueAt(lastReviewedAt);
}

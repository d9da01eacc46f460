using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Scoring;

/// <summary>What storing a new score card takes.</summary>
public enum ScoreWrite
{
    /// <summary>The stored score already says what the card says.</summary>
    None,
    /// <summary>Only the score columns change.</summary>
    Score,
    /// <summary>The score moves the lead (to MQL): the change goes through <see cref="Lead.ApplyScore"/> and its history.</summary>
    Stage,
}

/// <summary>
/// A lead's stored score and the stage facts a score may move, without the rest of the lead: a full
/// re-score of 100,000 leads decides on these, and loads a whole lead only when its stage is to move.
/// </summary>
public sealed record StoredScore(
    int Fit,
    int Engagement,
    int Total,
    DateTime? LastHighIntentAt,
    EngagementSignal? LastHighIntentSignal,
    int DefinitionVersion,
    LifecycleStage Stage,
    DateTime StageChangedAt,
    DateTime CreatedAt,
    bool DoNotContact)
{
    public ScoreWrite Needs(ScoreCard card) =>
        BecomesMql(card) ? ScoreWrite.Stage
        : Fit == card.Fit && Engagement == card.Engagement && Total == card.Total
          && LastHighIntentAt == card.LastHighIntentAt && LastHighIntentSignal == card.LastHighIntentSignal
          && DefinitionVersion == card.DefinitionVersion ? ScoreWrite.None
        : ScoreWrite.Score;

    /// <summary>
    /// A score makes an MQL of a lead that has not been decided on since it was created. Once people
    /// have moved it (an MQL rejected back to marketing, a reopened lead, a nurtured one), only newer
    /// evidence counts: engagement after that decision, or for nurture a fresh hand-raise.
    /// </summary>
    public bool BecomesMql(ScoreCard card) => !DoNotContact && card.Mql.IsMql && Stage switch
    {
        LifecycleStage.Lead => StageChangedAt == CreatedAt || card.LastEngagementAt > StageChangedAt,
        LifecycleStage.Nurture => card.Mql.ByHandRaise && card.LastHighIntentAt > StageChangedAt,
        _ => false,
    };
}

using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Scoring;

/// <summary>What storing a new score card takes.</summary>
public enum ScoreWrite
{
    /// <summary>The stored score already says what the card says.</summary>
    None,
    /// <summary>Only the score columns change.</summary>
    Score,
    /// <summary>The score moves the lead (to MQL, or back from nurture or disqualification): the change goes through <see cref="Lead.ApplyScore"/> and its history.</summary>
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
    /// <summary>
    /// Whether a new score needs writing. Only a change of the numbers or the stage does: a new definition version
    /// that leaves a lead's score as it was writes nothing, so <see cref="DefinitionVersion"/> is the version under
    /// which the score or stage last changed.
    /// </summary>
    public ScoreWrite Needs(ScoreVerdict card) =>
        StageAfter(card) is not null ? ScoreWrite.Stage
        : Fit == card.Fit && Engagement == card.Engagement && Total == card.Total
          && LastHighIntentAt == card.LastHighIntentAt && LastHighIntentSignal == card.LastHighIntentSignal ? ScoreWrite.None
        : ScoreWrite.Score;

    public ScoreWrite Needs(ScoreCard card) => Needs(card.Verdict);

    public LifecycleStage? StageAfter(ScoreCard card) => StageAfter(card.Verdict);

    /// <summary>
    /// Where a score moves the lead, null where it stays. A score makes an MQL of a lead that has not been decided
    /// on since it was created; once people have moved it (an MQL rejected back to marketing, a reopened lead), only
    /// engagement after that decision counts. Besides that, a hand-raise (the definition's
    /// signals) newer than the decision that parked or closed the lead brings it back: a nurtured lead before its
    /// reactivation date, a disqualified one by reopening it. A fitting lead comes back as an MQL, any other as a
    /// plain lead in its owner's queue; nobody who asks for a demo is silently ignored. Do-not-contact stays closed.
    /// </summary>
    public LifecycleStage? StageAfter(ScoreVerdict card)
    {
        if (DoNotContact)
            return null;
        if (Stage is LifecycleStage.Nurture or LifecycleStage.Disqualified && RaisedHandSince(card, StageChangedAt))
            return card is { IsMql: true, MqlByHandRaise: true } ? LifecycleStage.MQL : LifecycleStage.Lead;
        return Stage == LifecycleStage.Lead && card.IsMql && (StageChangedAt == CreatedAt || card.LastEngagementAt > StageChangedAt)
            ? LifecycleStage.MQL
            : null;
    }

    private static bool RaisedHandSince(ScoreVerdict card, DateTime decidedAt) => card.LastHighIntentAt > decidedAt;
}

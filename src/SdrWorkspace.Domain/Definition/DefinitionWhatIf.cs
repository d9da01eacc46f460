using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Definition;

/// <summary>
/// What adopting a draft would do to today's leads: each lead is scored now under the current definition
/// and under the draft, and a score moves it only where <see cref="StoredScore.StageAfter(ScoreVerdict)"/> says a score may.
/// Comparing both at the same moment keeps decay out of the difference: only the definition's change shows.
/// Leads are scored from their stored engagement states; their events are needed only where a state does not fit a
/// definition (<see cref="NeedsEvents"/>: none stored yet, or the draft changes the half-life or how replies count).
/// Leads are added in batches, so the whole base never has to be in memory at once.
/// </summary>
public sealed class DefinitionWhatIf(QualificationDefinition current, QualificationDefinition draft, DateTime now)
{
    private readonly Dictionary<LifecycleStage, int> _stagesBefore = Enum.GetValues<LifecycleStage>().ToDictionary(s => s, _ => 0);
    private readonly Dictionary<LifecycleStage, int> _stagesAfter = Enum.GetValues<LifecycleStage>().ToDictionary(s => s, _ => 0);
    private readonly Dictionary<PriorityBand, int> _bandsBefore = Enum.GetValues<PriorityBand>().ToDictionary(b => b, _ => 0);
    private readonly Dictionary<PriorityBand, int> _bandsAfter = Enum.GetValues<PriorityBand>().ToDictionary(b => b, _ => 0);
    private readonly List<WhatIfChange> _changes = [];
    private readonly DefinitionImpact.Counter _impact = new();
    private int _leads;

    /// <summary>Whether a lead with this stored state must have its events read to be compared.</summary>
    public bool NeedsEvents(EngagementState? state) => Usable(state, current) is null || Usable(state, draft) is null;

    public void Add(Lead lead, IReadOnlyCollection<EngagementFact> events) =>
        Add([new WhatIfLead(lead.Id, lead.FullName, lead.FitProfile, lead.StoredScore, null, events)]);

    /// <summary>Scores a batch in parallel (scoring is pure; a full base is 200,000 scores), then counts it in order.</summary>
    public void Add(IReadOnlyList<WhatIfLead> leads)
    {
        var verdicts = new (ScoreVerdict Before, ScoreVerdict After)[leads.Count];
        Parallel.For(0, leads.Count, i => verdicts[i] = (
            LeadScorer.Verdict(current, leads[i].Profile, StateFor(leads[i], current), now),
            LeadScorer.Verdict(draft, leads[i].Profile, StateFor(leads[i], draft), now)));
        for (var i = 0; i < leads.Count; i++)
            Count(leads[i], verdicts[i].Before, verdicts[i].After);
    }

    private EngagementState StateFor(WhatIfLead lead, QualificationDefinition definition) =>
        Usable(lead.State, definition)
        ?? EngagementState.From(definition, lead.Events ?? throw new ArgumentException($"Lead {lead.Id}'s events are needed: its state does not fit v{definition.Version}.", nameof(lead)), now);

    private EngagementState? Usable(EngagementState? state, QualificationDefinition definition) =>
        state is not null && state.Fits(definition) && state.CanScoreAt(now) ? state : null;

    private void Count(WhatIfLead lead, ScoreVerdict before, ScoreVerdict after)
    {
        var stageBefore = lead.Stored.StageAfter(before) ?? lead.Stored.Stage;
        var stageAfter = lead.Stored.StageAfter(after) ?? lead.Stored.Stage;

        _leads++;
        _stagesBefore[stageBefore]++;
        _stagesAfter[stageAfter]++;
        _bandsBefore[before.Band]++;
        _bandsAfter[after.Band]++;
        _impact.Add(stageBefore, before.Total, before.Band, stageAfter, after.Total, after.Band);
        if (stageBefore != stageAfter || before.Band != after.Band)
            _changes.Add(new WhatIfChange(lead.Id, lead.Name, stageBefore, stageAfter, before.Total, after.Total, before.Band, after.Band,
                stageBefore != stageAfter
                    ? LeadScorer.Score(draft, lead.Profile, StateFor(lead, draft), now).Mql.Reason
                    : $"Score {before.Total} to {after.Total}"));
    }

    public WhatIfResult Result() => new(
        current.Version, _leads, _stagesBefore, _stagesAfter, _bandsBefore, _bandsAfter,
        [.. _changes.OrderByDescending(c => c.MovesStage).ThenByDescending(c => c.ScoreAfter - c.ScoreBefore).ThenBy(c => c.LeadId)],
        _impact.Result());
}

/// <summary>
/// A lead as the what-if scores it: what fit is scored on, the stored facts a score may move, its stored engagement
/// state, and its events where the state does not serve (<see cref="DefinitionWhatIf.NeedsEvents"/>).
/// </summary>
public sealed record WhatIfLead(int Id, string Name, FitProfile Profile, StoredScore Stored, EngagementState? State, IReadOnlyCollection<EngagementFact>? Events);

/// <summary>One lead the draft would treat differently: another stage, or another priority band.</summary>
public sealed record WhatIfChange(
    int LeadId, string Name, LifecycleStage StageBefore, LifecycleStage StageAfter,
    int ScoreBefore, int ScoreAfter, PriorityBand BandBefore, PriorityBand BandAfter, string Why)
{
    public bool MovesStage => StageBefore != StageAfter;
}

/// <summary>Stage and band counts of today's leads under the current definition and under the draft, and who would move.</summary>
public sealed record WhatIfResult(
    int ComparedWithVersion,
    int Leads,
    IReadOnlyDictionary<LifecycleStage, int> StagesBefore,
    IReadOnlyDictionary<LifecycleStage, int> StagesAfter,
    IReadOnlyDictionary<PriorityBand, int> BandsBefore,
    IReadOnlyDictionary<PriorityBand, int> BandsAfter,
    IReadOnlyList<WhatIfChange> Changes,
    DefinitionImpact Impact)
{
    public int StageMoves => Changes.Count(c => c.MovesStage);

    public IEnumerable<WhatIfChange> StageMovers => Changes.Where(c => c.MovesStage);
}

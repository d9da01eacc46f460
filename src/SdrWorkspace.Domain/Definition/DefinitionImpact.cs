using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Scoring;

namespace SdrWorkspace.Domain.Definition;

/// <summary>Leads that change from one stage to another.</summary>
public sealed record StagePath(LifecycleStage From, LifecycleStage To, int Leads);

/// <summary>
/// What a definition change does to leads, in the terms the what-if uses before an adoption and the re-score reports
/// after it: leads that change stage (by from → to), leads whose score changes, leads that change priority band.
/// </summary>
public sealed record DefinitionImpact(int Leads, IReadOnlyList<StagePath> StageChanges, int ScoreChanges, int BandChanges)
{
    public static readonly DefinitionImpact None = new(0, [], 0, 0);

    public int LeadsChangingStage => StageChanges.Sum(p => p.Leads);

    /// <summary>Counts leads one at a time, before and after; <see cref="Result"/> is the impact so far.</summary>
    public sealed class Counter
    {
        private readonly Dictionary<(LifecycleStage From, LifecycleStage To), int> _paths = [];
        private int _leads;
        private int _scores;
        private int _bands;

        public void Add(LifecycleStage stageBefore, int scoreBefore, PriorityBand bandBefore, LifecycleStage stageAfter, int scoreAfter, PriorityBand bandAfter)
        {
            _leads++;
            if (stageBefore != stageAfter)
                _paths[(stageBefore, stageAfter)] = _paths.GetValueOrDefault((stageBefore, stageAfter)) + 1;
            if (scoreBefore != scoreAfter)
                _scores++;
            if (bandBefore != bandAfter)
                _bands++;
        }

        public DefinitionImpact Result() => new(
            _leads,
            [.. _paths.Select(p => new StagePath(p.Key.From, p.Key.To, p.Value)).OrderByDescending(p => p.Leads).ThenBy(p => p.From).ThenBy(p => p.To)],
            _scores, _bands);
    }
}

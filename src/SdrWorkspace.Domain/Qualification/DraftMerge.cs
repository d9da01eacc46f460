namespace SdrWorkspace.Domain.Qualification;

/// <summary>What a qualification form holds: the framework, the answers and the notes.</summary>
public sealed record DraftState(Framework Framework, IReadOnlyDictionary<string, CriterionAnswer> Answers, string? Notes)
{
    public CriterionAnswer AnswerTo(string key) => Answers.TryGetValue(key, out var a) ? a : new CriterionAnswer(CriterionState.Unknown);

    public static DraftState Of(Assessment a) => new(a.Framework, a.Answers, a.Notes);
}

/// <summary>A field someone else changed meanwhile, left as they wrote it; YourText keeps what this user had.</summary>
public sealed record DraftConflict(string Field, string ChangedBy, string? YourText);

/// <summary>
/// Three-way merge of a qualification draft: applies the fields this user changed since the version
/// they started from. A field someone else changed meanwhile, to something different, is not
/// overwritten but reported, so two people on one lead never silently overwrite each other.
/// </summary>
public static class DraftMerge
{
    public static IReadOnlyList<DraftConflict> Apply(Assessment current, DraftState basis, DraftState mine, string actor, DateTime now)
    {
        var conflicts = new List<DraftConflict>();
        if (mine.Framework != basis.Framework)
        {
            var theySwitchedElsewhere = current.Framework != basis.Framework && current.Framework != mine.Framework;
            if (theySwitchedElsewhere || SwitchDropsTheirAnswers(current, basis, mine.Framework))
                conflicts.Add(new DraftConflict("Framework", current.UpdatedBy, mine.Framework.ToString()));
            else
                current.SwitchTo(mine.Framework, actor, now);
        }

        // My framework's criteria: an answer to one the current framework lacks cannot be applied, so it is reported.
        var currentKeys = FrameworkCatalogue.Criteria(current.Framework).Select(c => c.Key).ToHashSet();
        foreach (var criterion in FrameworkCatalogue.Criteria(mine.Framework))
        {
            var mineAnswer = mine.AnswerTo(criterion.Key);
            var baseAnswer = basis.AnswerTo(criterion.Key);
            if (mineAnswer == baseAnswer)
                continue;
            var theirs = current.AnswerTo(criterion.Key);
            if (!currentKeys.Contains(criterion.Key) || (theirs != baseAnswer && theirs != mineAnswer))
                conflicts.Add(new DraftConflict(criterion.Name, current.UpdatedBy, mineAnswer.Evidence));
            else if (theirs != mineAnswer)
                current.Answer(criterion.Key, mineAnswer.State, mineAnswer.Evidence, actor, now);
        }

        if (mine.Notes != basis.Notes)
        {
            if (current.Notes != basis.Notes && current.Notes != mine.Notes)
                conflicts.Add(new DraftConflict("Notes", current.UpdatedBy, mine.Notes));
            else if (current.Notes != mine.Notes)
                current.WriteNotes(mine.Notes, actor, now);
        }
        return conflicts;
    }

    /// <summary>Whether switching would drop an answer someone else gave meanwhile to a criterion the new framework lacks.</summary>
    private static bool SwitchDropsTheirAnswers(Assessment current, DraftState basis, Framework to)
    {
        var kept = FrameworkCatalogue.Criteria(to).Select(c => c.Key).ToHashSet();
        return FrameworkCatalogue.Criteria(current.Framework)
            .Any(c => !kept.Contains(c.Key) && current.AnswerTo(c.Key) != basis.AnswerTo(c.Key));
    }
}

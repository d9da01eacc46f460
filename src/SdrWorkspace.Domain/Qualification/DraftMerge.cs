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
            if (current.Framework != basis.Framework && current.Framework != mine.Framework)
                conflicts.Add(new DraftConflict("Framework", current.UpdatedBy, mine.Framework.ToString()));
            else
                current.SwitchTo(mine.Framework, actor, now);
        }

        foreach (var criterion in FrameworkCatalogue.Criteria(current.Framework))
        {
            var mineAnswer = mine.AnswerTo(criterion.Key);
            var baseAnswer = basis.AnswerTo(criterion.Key);
            if (mineAnswer == baseAnswer)
                continue;
            var theirs = current.AnswerTo(criterion.Key);
            if (theirs != baseAnswer && theirs != mineAnswer)
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
}

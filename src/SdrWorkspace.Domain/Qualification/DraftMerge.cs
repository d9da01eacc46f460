using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Qualification;

/// <summary>
/// What a qualification form holds: the framework, the answers and the notes. Two states are equal when
/// every field reads the same (an answer never given reads as Unknown without evidence).
/// </summary>
public sealed record DraftState(Framework Framework, IReadOnlyDictionary<string, CriterionAnswer> Answers, string? Notes)
{
    private static readonly CriterionAnswer NotAnswered = new(CriterionState.Unknown);

    public CriterionAnswer AnswerTo(string key) => Answers.TryGetValue(key, out var a) ? a : NotAnswered;

    public static DraftState Of(Assessment a) => new(a.Framework, a.Answers, a.Notes);

    /// <summary>A form nobody has typed in yet.</summary>
    public static DraftState Empty(Framework framework) => new(framework, new Dictionary<string, CriterionAnswer>(), null);

    /// <summary>The criteria answered in any of the states: the fields a merge looks at.</summary>
    internal static IEnumerable<string> KeysOf(params DraftState[] states) => states.SelectMany(s => s.Answers.Keys).Distinct();

    public bool Equals(DraftState? other) =>
        other is not null && Framework == other.Framework && Notes == other.Notes
        && KeysOf(this, other).All(key => AnswerTo(key) == other.AnswerTo(key));

    public override int GetHashCode() => HashCode.Combine(Framework, Notes);

    /// <summary>
    /// The state with its text as <see cref="TextLimits"/> stores text (trimmed, blank as none): what two copies are
    /// compared by when the question is "does the server already hold this", not "is this what the form shows".
    /// </summary>
    public DraftState AsStored() => new(
        Framework,
        Answers.ToDictionary(a => a.Key, a => a.Value with { Evidence = TextLimits.Normalize(a.Value.Evidence) }),
        TextLimits.Normalize(Notes));
}

/// <summary>Text one copy of a form holds that another does not: a field's name and the text.</summary>
public sealed record UnsavedText(string Field, string Text);

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
        // A framework the catalogue does not know (a forged form) is refused, not looked up.
        if (!Enum.IsDefined(mine.Framework) || !Enum.IsDefined(basis.Framework))
            throw new DomainException("Unknown qualification framework.");
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

    /// <summary>
    /// Brings a form up to date after a save, or after someone else's save (then <paramref name="sent"/> is the
    /// basis: nothing was sent). Each field nobody typed in since sending shows what the server holds and takes
    /// it as its new basis: the next save never reads someone else's text as deleted by this user. A field typed
    /// in since keeps the typing, and the basis it was typed over (the user's own saved text when it stuck), so
    /// the next save merges it against what the user actually saw and reports a clash rather than overwriting.
    /// A sent field that clashed shows the other person's value; the conflict keeps this user's text.
    /// </summary>
    /// <returns>The new basis (what the next save is made against) and what the form shows.</returns>
    public static (DraftState Basis, DraftState Local) Rebase(DraftState basis, DraftState sent, DraftState local, DraftState server)
    {
        var framework = Field(basis.Framework, sent.Framework, local.Framework, server.Framework);
        var notes = Field(basis.Notes, sent.Notes, local.Notes, server.Notes);
        var newBasis = new Dictionary<string, CriterionAnswer>();
        var newLocal = new Dictionary<string, CriterionAnswer>();
        foreach (var key in DraftState.KeysOf(basis, sent, local, server))
        {
            var (b, l) = Field(basis.AnswerTo(key), sent.AnswerTo(key), local.AnswerTo(key), server.AnswerTo(key));
            newBasis[key] = b;
            newLocal[key] = l;
        }
        return (new DraftState(framework.Basis, newBasis, notes.Basis), new DraftState(framework.Local, newLocal, notes.Local));
    }

    private static (T Basis, T Local) Field<T>(T basis, T sent, T local, T server)
    {
        if (EqualityComparer<T>.Default.Equals(local, sent))
            return (server, server);
        var sentStuck = !EqualityComparer<T>.Default.Equals(sent, basis) && EqualityComparer<T>.Default.Equals(server, sent);
        return (sentStuck ? server : basis, local);
    }

    /// <summary>
    /// The text in <paramref name="local"/> (a copy kept in a browser) that <paramref name="server"/> does not hold,
    /// field by field and compared as stored, so a copy that differs only in surrounding spaces holds nothing unsaved.
    /// </summary>
    public static IReadOnlyList<UnsavedText> Unsaved(DraftState local, DraftState server)
    {
        var (mine, saved) = (local.AsStored(), server.AsStored());
        var unsaved = FrameworkCatalogue.Criteria(mine.Framework)
            .Select(c => (c.Name, Text: mine.AnswerTo(c.Key).Evidence, Saved: saved.AnswerTo(c.Key).Evidence))
            .Where(x => x.Text is not null && x.Text != x.Saved)
            .Select(x => new UnsavedText(x.Name, x.Text!))
            .ToList();
        if (mine.Notes is { } notes && notes != saved.Notes)
            unsaved.Add(new UnsavedText("Notes", notes));
        return unsaved;
    }

    /// <summary>Whether switching would drop an answer someone else gave meanwhile to a criterion the new framework lacks.</summary>
    private static bool SwitchDropsTheirAnswers(Assessment current, DraftState basis, Framework to)
    {
        var kept = FrameworkCatalogue.Criteria(to).Select(c => c.Key).ToHashSet();
        return FrameworkCatalogue.Criteria(current.Framework)
            .Any(c => !kept.Contains(c.Key) && current.AnswerTo(c.Key) != basis.AnswerTo(c.Key));
    }
}

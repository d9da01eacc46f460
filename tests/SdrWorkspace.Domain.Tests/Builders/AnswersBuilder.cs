using SdrWorkspace.Domain.Qualification;

namespace SdrWorkspace.Domain.Tests.Builders;

/// <summary>A framework form as the SDR fills it on the call: criterion key to state; unanswered ones stay Unknown.</summary>
public sealed class AnswersBuilder
{
    private readonly Dictionary<string, CriterionAnswer> _answers = [];

    public static AnswersBuilder Empty => new();

    public AnswersBuilder Confirmed(params string[] keys) => Set(CriterionState.Confirmed, keys);
    public AnswersBuilder Partial(params string[] keys) => Set(CriterionState.Partial, keys);
    public AnswersBuilder Unknown(params string[] keys) => Set(CriterionState.Unknown, keys);
    public AnswersBuilder Disqualifying(params string[] keys) => Set(CriterionState.Disqualifying, keys);

    public IReadOnlyDictionary<string, CriterionAnswer> Build() => new Dictionary<string, CriterionAnswer>(_answers);

    private AnswersBuilder Set(CriterionState state, string[] keys)
    {
        foreach (var key in keys)
            _answers[key] = new CriterionAnswer(state, $"Heard on the call: {key} {state}");
        return this;
    }
}

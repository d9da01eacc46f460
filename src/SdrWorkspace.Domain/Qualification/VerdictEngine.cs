using SdrWorkspace.Domain.Common;
using SdrWorkspace.Domain.Definition;

namespace SdrWorkspace.Domain.Qualification;

public enum VerdictOutcome
{
    /// <summary>Not enough confirmed yet: keep qualifying.</summary>
    Open,
    /// <summary>Passes the framework's rule: the lead is an SQL, ready for handover.</summary>
    Qualified,
    /// <summary>Only timing disqualifies: a good fit for later, so nurture rather than disqualify.</summary>
    Nurture,
    Disqualified,
}

public sealed record CriterionAnswer(CriterionState State, string? Evidence = null);

public sealed record FrameworkVerdict(Framework Framework, VerdictOutcome Outcome, int Confirmed, int Needed, int Total, string Reason);

/// <summary>Turns a framework's answers into a verdict with its reason, by the definition's pass rule.</summary>
public static class VerdictEngine
{
    public static FrameworkVerdict Evaluate(
        Framework framework, FrameworkRule rule, IReadOnlyDictionary<string, CriterionAnswer> answers)
    {
        if (rule.Framework != framework)
            throw new ArgumentException($"The rule is for {rule.Framework}, not {framework}.", nameof(rule));

        var criteria = FrameworkCatalogue.Criteria(framework);
        var unknownKeys = answers.Keys.Except(criteria.Select(c => c.Key)).ToList();
        if (unknownKeys.Count > 0)
            throw new DomainException($"{framework} has no criterion '{unknownKeys[0]}'.");

        CriterionState StateOf(FrameworkCriterion c) =>
            answers.TryGetValue(c.Key, out var a) ? a.State : CriterionState.Unknown;
        List<FrameworkCriterion> InState(CriterionState s) => criteria.Where(c => StateOf(c) == s).ToList();

        var confirmed = InState(CriterionState.Confirmed);
        var disqualifying = InState(CriterionState.Disqualifying);
        var summary = Summary(criteria, StateOf);
        var tally = $"{confirmed.Count} of {criteria.Count}, needs {rule.MinConfirmed}";

        if (disqualifying.Count > 0)
        {
            var names = Text.JoinNatural(disqualifying.Select(c => c.Name).ToList());
            return disqualifying.All(c => c.IsTiming)
                ? Verdict(VerdictOutcome.Nurture, $"{names} rules it out for now, the rest may fit later: {summary}")
                : Verdict(VerdictOutcome.Disqualified, $"Disqualified on {names}: {summary}");
        }

        var missingRequired = criteria
            .Where(c => rule.Required.Contains(c.Key) && StateOf(c) != CriterionState.Confirmed)
            .Select(c => c.Name)
            .ToList();
        if (confirmed.Count >= rule.MinConfirmed && missingRequired.Count == 0)
            return Verdict(VerdictOutcome.Qualified, $"Qualified: {summary}: {tally}");

        var requirement = missingRequired.Count > 0
            ? $"; {Text.JoinNatural(missingRequired)} must be confirmed"
            : "";
        return Verdict(VerdictOutcome.Open, $"{summary}: {tally}{requirement}");

        FrameworkVerdict Verdict(VerdictOutcome outcome, string reason) =>
            new(framework, outcome, confirmed.Count, rule.MinConfirmed, criteria.Count, reason);
    }

    /// <summary>"Budget and Authority confirmed, Need partial, Timeline unknown".</summary>
    private static string Summary(IReadOnlyList<FrameworkCriterion> criteria, Func<FrameworkCriterion, CriterionState> stateOf)
    {
        CriterionState[] order = [CriterionState.Confirmed, CriterionState.Partial, CriterionState.Unknown, CriterionState.Disqualifying];
        var parts = order
            .Select(state => (state, names: criteria.Where(c => stateOf(c) == state).Select(c => c.Name).ToList()))
            .Where(g => g.names.Count > 0)
            .Select(g => $"{Text.JoinNatural(g.names)} {g.state.ToString().ToLowerInvariant()}");
        return string.Join(", ", parts);
    }
}

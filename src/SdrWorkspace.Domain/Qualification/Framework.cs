namespace SdrWorkspace.Domain.Qualification;

public enum Framework
{
    BANT,
    MEDDIC,
    CHAMP,
}

public enum CriterionState
{
    Unknown,
    Partial,
    Confirmed,
    Disqualifying,
}

/// <summary>One criterion of a framework, with the questions an SDR asks on the call to settle it.</summary>
public sealed record FrameworkCriterion(string Key, string Name, IReadOnlyList<string> Questions, bool IsTiming = false);

/// <summary>The criteria and guided questions of each framework. Pass rules live in the definition.</summary>
public static class FrameworkCatalogue
{
    public static IReadOnlyList<FrameworkCriterion> Criteria(Framework framework) => framework switch
    {
        Framework.BANT => Bant,
        Framework.MEDDIC => Meddic,
        Framework.CHAMP => Champ,
        _ => throw new ArgumentOutOfRangeException(nameof(framework)),
    };

    /// <summary>A criterion key as read: "economic_buyer" is "Economic buyer".</summary>
    public static string NameOf(Framework framework, string key) =>
        Criteria(framework).FirstOrDefault(c => c.Key == key)?.Name ?? key;

    public static string Describe(Framework framework) => framework switch
    {
        Framework.BANT => "Budget, Authority, Need, Timeline: the quick check for transactional deals.",
        Framework.MEDDIC => "Metrics, Economic buyer, Decision criteria, Decision process, Identify pain, Champion: for complex deals.",
        Framework.CHAMP => "Challenges, Authority, Money, Prioritization: pain first.",
        _ => throw new ArgumentOutOfRangeException(nameof(framework)),
    };

    private static readonly FrameworkCriterion[] Bant =
    [
        new("budget", "Budget", ["Is there budget set aside for solving this?", "Who owns that budget, and roughly what range is it?"]),
        new("authority", "Authority", ["Who else is involved in a decision like this?", "How have you bought tools like this before?"]),
        new("need", "Need", ["What made you look into this now?", "What happens if nothing changes?"]),
        new("timeline", "Timeline", ["When do you need this in place?", "What is driving that date?"], IsTiming: true),
    ];

    private static readonly FrameworkCriterion[] Meddic =
    [
        new("metrics", "Metrics", ["How will you measure success?", "What is the cost of the problem today?"]),
        new("economic_buyer", "Economic buyer", ["Who signs off on the spend?", "Have we met them, or can we?"]),
        new("decision_criteria", "Decision criteria", ["What will you compare options on?", "What is a must-have versus a nice-to-have?"]),
        new("decision_process", "Decision process", ["What are the steps from here to a signed contract?", "Who is involved at each step, and when?"], IsTiming: true),
        new("identify_pain", "Identify pain", ["What is the biggest problem this would solve?", "Who feels that pain most?"]),
        new("champion", "Champion", ["Who inside wants this to happen and will sell it internally?", "What do they gain if it succeeds?"]),
    ];

    private static readonly FrameworkCriterion[] Champ =
    [
        new("challenges", "Challenges", ["What challenges are you facing in this area?", "What have you tried so far?"]),
        new("authority", "Authority", ["Who besides you decides on this?", "How do they usually decide?"]),
        new("money", "Money", ["Is there budget for this, or would it need to be found?", "How does the cost of the problem compare?"]),
        new("prioritization", "Prioritization", ["Where does this rank among your priorities this quarter?", "What would move it up?"], IsTiming: true),
    ];
}

using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Handover;

/// <summary>What came of one MQL.</summary>
public enum MqlAnswer
{
    /// <summary>Still an MQL: sales has not answered yet.</summary>
    Waiting,
    Accepted,
    /// <summary>Sales sent it back, nurtured it or closed it: any answer from a person that is not an acceptance.</summary>
    Rejected,
    /// <summary>Nobody answered, and the recycling job moved it when its cadence was spent: not a rejection by sales.</summary>
    RecycledByCadence,
}

/// <summary>
/// The one reading of an MQL's outcome, from the lead's next move after becoming an MQL, and the words every page
/// uses for it. The MQL review, the dashboards and the API count with it.
/// </summary>
public static class MqlAnswers
{
    public static MqlAnswer Of(StageChange? next) => next is null ? MqlAnswer.Waiting : Of(next.To, next.Actor);

    public static MqlAnswer Of(LifecycleStage nextStage, string nextActor) => nextStage switch
    {
        LifecycleStage.SAL => MqlAnswer.Accepted,
        _ when nextActor == Recycling.Actor => MqlAnswer.RecycledByCadence,
        _ => MqlAnswer.Rejected,
    };

    public static string Label(MqlAnswer answer) => answer switch
    {
        MqlAnswer.Waiting => "Waiting",
        MqlAnswer.Accepted => "Accepted",
        MqlAnswer.Rejected => "Rejected",
        MqlAnswer.RecycledByCadence => "Recycled by cadence",
        _ => answer.ToString(),
    };

    /// <summary>
    /// Whether the MQL acceptance SLA was missed: answered after its due time, or still waiting past it. A recycled MQL
    /// got no answer to be late with; it shows as recycled, not as a breach.
    /// </summary>
    public static bool BreachedSla(MqlAnswer answer, DateTime dueAt, DateTime? answeredAt, DateTime now) => answer switch
    {
        MqlAnswer.Waiting => now > dueAt,
        MqlAnswer.Accepted or MqlAnswer.Rejected => answeredAt > dueAt,
        _ => false,
    };
}

/// <summary>The figures of a set of MQLs, as every page shows them.</summary>
public sealed record MqlTally(int Mqls, int Accepted, int Rejected, int RecycledByCadence, int Waiting)
{
    public static readonly MqlTally None = new(0, 0, 0, 0, 0);

    /// <summary>Accepted of those sales answered: recycled and waiting MQLs had no answer, so they count neither way.</summary>
    public double? AcceptanceRate => Accepted + Rejected == 0 ? null : (double)Accepted / (Accepted + Rejected);

    public int Of(MqlAnswer answer) => answer switch
    {
        MqlAnswer.Accepted => Accepted,
        MqlAnswer.Rejected => Rejected,
        MqlAnswer.RecycledByCadence => RecycledByCadence,
        _ => Waiting,
    };

    public static MqlTally Of(IEnumerable<MqlAnswer> answers)
    {
        var counts = answers.CountBy(a => a).ToDictionary();
        return new MqlTally(counts.Values.Sum(), counts.GetValueOrDefault(MqlAnswer.Accepted), counts.GetValueOrDefault(MqlAnswer.Rejected),
            counts.GetValueOrDefault(MqlAnswer.RecycledByCadence), counts.GetValueOrDefault(MqlAnswer.Waiting));
    }
}

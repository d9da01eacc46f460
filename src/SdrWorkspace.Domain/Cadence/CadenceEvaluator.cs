using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Domain.Cadence;

public enum CadencePhase
{
    NotStarted,
    InProgress,
    /// <summary>The lead answered: the cadence has done its job; a human conversation takes over.</summary>
    Responded,
    /// <summary>Enough touches over the window without a response: recycle or disqualify.</summary>
    Exhausted,
}

public sealed record CadenceStatus(CadencePhase Phase, int Touches, int TargetTouches, int DayInCadence, int WindowDays, string Summary);

public enum RecycleOutcome
{
    KeepWorking,
    Nurture,
    Disqualify,
}

public sealed record RecycleDecision(RecycleOutcome Outcome, string Reason, DateOnly? ReactivationOn = null);

/// <summary>Where a lead is in its cadence, and what happens when the cadence is spent.</summary>
public static class CadenceEvaluator
{
    public static CadenceStatus Evaluate(CadencePolicy policy, IReadOnlyCollection<(DateTime At, bool IsResponse)> touches, DateTime now)
    {
        if (touches.Count == 0)
            return new(CadencePhase.NotStarted, 0, policy.MinTouches, 0, policy.MaxDays, "Cadence not started");

        var first = touches.Min(t => t.At);
        var day = (int)(now - first).TotalDays + 1;
        var count = touches.Count;
        if (touches.Any(t => t.IsResponse))
            return new(CadencePhase.Responded, count, policy.MinTouches, day, policy.MaxDays, $"Responded after {Touches(count)}");

        var exhausted = count >= policy.MaxTouches
            || (count >= policy.MinTouches && day > policy.MinDays)
            || day > policy.MaxDays;
        return exhausted
            ? new(CadencePhase.Exhausted, count, policy.MinTouches, day, policy.MaxDays,
                $"Cadence spent: {Touches(count)} over {day} {(day == 1 ? "day" : "days")}, no response")
            : new(CadencePhase.InProgress, count, policy.MinTouches, day, policy.MaxDays,
                $"Touch {count} of {policy.MinTouches}-{policy.MaxTouches}, day {day} of {policy.MaxDays}");
    }

    private static string Touches(int count) => count == 1 ? "1 touch" : $"{count} touches";

    /// <summary>
    /// A spent cadence on a lead that fits goes to nurture with a reactivation date, not to the bin;
    /// one that does not fit is disqualified.
    /// </summary>
    public static RecycleDecision Recycle(CadencePolicy policy, CadenceStatus status, bool fitsIcp, DateTime now)
    {
        if (status.Phase != CadencePhase.Exhausted)
            return new(RecycleOutcome.KeepWorking, status.Summary);
        return fitsIcp
            ? new(RecycleOutcome.Nurture, $"{status.Summary}; fits the ICP, recycled to marketing",
                DateOnly.FromDateTime(now).AddMonths(policy.NurtureMonths))
            : new(RecycleOutcome.Disqualify, $"{status.Summary}; outside the ICP");
    }
}

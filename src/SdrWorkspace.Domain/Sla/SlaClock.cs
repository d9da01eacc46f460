using SdrWorkspace.Domain.Definition;

namespace SdrWorkspace.Domain.Sla;

public enum SlaKind
{
    /// <summary>High-intent inbound (demo request, positive reply): first response within minutes.</summary>
    HighIntentResponse,
    /// <summary>An MQL accepted or rejected by an SDR.</summary>
    MqlAcceptance,
    /// <summary>An SQL handover accepted or returned by an AE.</summary>
    SqlAcceptance,
}

public enum SlaState
{
    OnTrack,
    DueSoon,
    Breached,
}

/// <param name="Start">When the clock started, so a live countdown can tell "due soon" by the same rule.</param>
public sealed record SlaStatus(SlaState State, DateTime Start, DateTime DueAt, TimeSpan Remaining);

/// <summary>SLA deadlines from the definition. Working days skip Saturdays and Sundays.</summary>
public static class SlaClock
{
    public static DateTime DueAt(SlaPolicy policy, SlaKind kind, DateTime start) => kind switch
    {
        SlaKind.HighIntentResponse => start.AddMinutes(policy.HighIntentResponseMinutes),
        SlaKind.MqlAcceptance => AddWorkingDays(start, policy.MqlAcceptanceWorkingDays),
        SlaKind.SqlAcceptance => AddWorkingDays(start, policy.SqlAcceptanceWorkingDays),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static SlaStatus Status(SlaPolicy policy, SlaKind kind, DateTime start, DateTime now)
    {
        var due = DueAt(policy, kind, start);
        return new SlaStatus(StateAt(start, due, now), start, due, due - now);
    }

    /// <summary>Due soon once less than a fifth of the allowed time is left; breached once none is.</summary>
    public static SlaState StateAt(DateTime start, DateTime due, DateTime now)
    {
        var remaining = due - now;
        return remaining <= TimeSpan.Zero ? SlaState.Breached
            : remaining.Ticks * 5 <= (due - start).Ticks ? SlaState.DueSoon
            : SlaState.OnTrack;
    }

    /// <summary>The same time of day, n working days later; a start at the weekend counts from Monday's start.</summary>
    public static DateTime AddWorkingDays(DateTime start, int days)
    {
        var current = start;
        if (IsWeekend(current))
        {
            while (IsWeekend(current))
                current = current.Date.AddDays(1);
        }
        for (var added = 0; added < days;)
        {
            current = current.AddDays(1);
            if (!IsWeekend(current))
                added++;
        }
        return current;
    }

    private static bool IsWeekend(DateTime d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

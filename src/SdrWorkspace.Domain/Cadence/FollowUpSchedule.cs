using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Sla;

namespace SdrWorkspace.Domain.Cadence;

/// <summary>A lead's next step: when it is due, and what it is.</summary>
public sealed record FollowUp(DateTime DueAt, string Note);

/// <summary>A touch as the schedule reads it.</summary>
public sealed record CadenceTouch(DateTime At, TouchChannel Channel, TouchOutcome Outcome);

/// <summary>
/// When a lead's next step is due. One rule for every place that sets it: logging a touch (the lead page, the queue's
/// quick keys, the call view), undoing one, a new or newly assigned lead, and the demo data. The SDR may change or
/// clear what it sets. Working days skip Saturdays and Sundays and are counted in UTC, as the SLAs are.
/// </summary>
public static class FollowUpSchedule
{
    public const string FirstTouchNote = "First touch";

    /// <summary>
    /// A lead that has no step yet (new, assigned, back from nurture, reopened) is due at once: nobody has planned
    /// anything for it, and an untouched lead is exactly what the SDR should pick up next.
    /// </summary>
    public static FollowUp FirstTouch(DateTime at) => new(at, FirstTouchNote);

    /// <summary>
    /// The step after the latest of the current cadence's touches (<paramref name="touches"/>, any order, the one just
    /// logged included). An attempt that got no response (no answer, voicemail, an email or message sent) schedules the
    /// next attempt by the cadence: its <see cref="CadencePolicy.MinTouches"/> attempts spread evenly over the working
    /// days of its <see cref="CadencePolicy.MinDays"/>, at the time of day of the last one. A response hands the lead from
    /// the cadence to a person: a conversation or a reply is followed up the next working day (qualify while it is
    /// warm), a booked meeting too (confirm it, prepare the qualification). A spent cadence is due at once: qualify it
    /// now, or the recycling job sends it to nurture.
    /// </summary>
    public static FollowUp After(CadencePolicy cadence, IReadOnlyCollection<CadenceTouch> touches)
    {
        if (touches.Count == 0)
            throw new ArgumentException("A follow-up is scheduled after a touch.", nameof(touches));
        var latest = touches.MaxBy(t => t.At)!;
        var next = NextWorkingDay(latest.At);
        switch (latest.Outcome)
        {
            case TouchOutcome.Connected:
                return new(next, "Follow up on the conversation: qualify while it is warm");
            case TouchOutcome.Replied:
                return new(next, "Follow up on their reply");
            case TouchOutcome.MeetingBooked:
                return new(next, "Confirm the booked meeting and prepare the qualification");
        }

        var status = CadenceEvaluator.Evaluate(cadence, touches.Select(t => (t.At, Touch.IsResponseOutcome(t.Outcome))).ToList(), latest.At);
        if (status.Phase == CadencePhase.Exhausted)
            return new(latest.At, "Cadence spent: qualify now, or it goes to nurture");
        var made = touches.Count;
        var attempt = made < cadence.MinTouches ? $"Attempt {made + 1} of {cadence.MinTouches}" : $"Attempt {made + 1}, up to {cadence.MaxTouches}";
        return new(SlaClock.AddWorkingDays(latest.At, GapAfter(cadence, made)), $"{attempt} (last: {What(latest)})");
    }

    /// <summary>
    /// Working days from the attempt numbered <paramref name="made"/> (1 is the first) to the next: attempt k of the
    /// cadence falls on working day round(k × W / (T − 1)) after the first, W being the working days in the cadence's
    /// minimum days and T its minimum touches; at least one, so no attempt lands on the same day as the last.
    /// 8 touches over 14 days (10 working days): gaps of 1, 2, 1, 2, 1, 2, 1.
    /// </summary>
    public static int GapAfter(CadencePolicy cadence, int made)
    {
        var days = WorkingDaysIn(cadence.MinDays);
        var spaces = Math.Max(1, cadence.MinTouches - 1);
        int Offset(int attempt) => (int)Math.Round((double)attempt * days / spaces, MidpointRounding.AwayFromZero);
        return Math.Max(1, Offset(made) - Offset(made - 1));
    }

    /// <summary>The working days in a span of calendar days: five in every seven.</summary>
    public static int WorkingDaysIn(int calendarDays) => Math.Max(1, calendarDays * 5 / 7);

    private static DateTime NextWorkingDay(DateTime at) => SlaClock.AddWorkingDays(at, 1);

    private static string What(CadenceTouch touch) => touch.Outcome switch
    {
        TouchOutcome.NoAnswer => "no answer",
        TouchOutcome.LeftVoicemail => "voicemail left",
        _ => touch.Channel == TouchChannel.Email ? "email sent" : "message sent",
    };
}

/// <summary>Where a next step stands on the viewer's calendar.</summary>
public enum FollowUpState
{
    /// <summary>Due before today began, in the viewer's zone.</summary>
    Overdue,
    /// <summary>Due some time today, in the viewer's zone (earlier today or later today).</summary>
    DueToday,
    Later,
}

/// <summary>
/// "Today" as the person looking at it lives it: from their local midnight to the next, as UTC instants, so a stored
/// due time can be compared with it (and a query can use the bounds on an index).
/// </summary>
public sealed record FollowUpDay(DateTime StartUtc, DateTime EndUtc)
{
    public static FollowUpDay Of(DateTime nowUtc, TimeZoneInfo zone)
    {
        var today = Common.TimeZones.ToLocal(nowUtc, zone).Date;
        return new(Common.TimeZones.ToUtc(today, zone), Common.TimeZones.ToUtc(today.AddDays(1), zone));
    }

    public FollowUpState StateOf(DateTime dueAt) =>
        dueAt < StartUtc ? FollowUpState.Overdue
        : dueAt < EndUtc ? FollowUpState.DueToday
        : FollowUpState.Later;
}

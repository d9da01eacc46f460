using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Cadence;

/// <summary>When the next step is due after a touch: the default cadence is 8-15 touches over 14-28 days.</summary>
public class FollowUpScheduleTests
{
    /// <summary>Wednesday 12 March 2025, 10:00 UTC.</summary>
    private static readonly DateTime Wednesday = TestClock.Now;
    private static readonly CadencePolicy Cadence = Definitions.Default.Cadence;

    private static CadenceTouch Call(DateTime at, TouchOutcome outcome = TouchOutcome.NoAnswer) => new(at, TouchChannel.Call, outcome);

    /// <summary>Attempts one working day apart, ending with <paramref name="last"/> at <paramref name="at"/>.</summary>
    private static List<CadenceTouch> Attempts(int count, DateTime at, TouchOutcome last = TouchOutcome.NoAnswer) =>
        [.. Enumerable.Range(0, count - 1).Select(i => Call(at.AddHours(-(count - 1 - i) * 20))), Call(at, last)];

    [Fact]
    public void ANoAnswerOnTheFirstCallSchedulesTheSecondAttemptTheNextWorkingDayAtTheSameTime()
    {
        var next = FollowUpSchedule.After(Cadence, [Call(Wednesday)]);

        Assert.Equal(new FollowUp(Wednesday.AddDays(1), "Attempt 2 of 8 (last: no answer)"), next);
    }

    [Fact]
    public void AVoicemailOnTheSecondAttemptWaitsTwoWorkingDaysAsTheCadenceSpreadsItsTouches()
    {
        var next = FollowUpSchedule.After(Cadence, [Call(Wednesday.AddDays(-1)), Call(Wednesday, TouchOutcome.LeftVoicemail)]);

        Assert.Equal(new FollowUp(Wednesday.AddDays(2), "Attempt 3 of 8 (last: voicemail left)"), next);
    }

    [Fact]
    public void AnEmailSentCountsAsAnAttemptLikeAnUnansweredCall()
    {
        var next = FollowUpSchedule.After(Cadence, [new CadenceTouch(Wednesday, TouchChannel.Email, TouchOutcome.Sent)]);

        Assert.Equal(new FollowUp(Wednesday.AddDays(1), "Attempt 2 of 8 (last: email sent)"), next);
    }

    [Fact]
    public void AnAttemptOnFridaySchedulesTheNextOnMondayNotAtTheWeekend()
    {
        var friday = new DateTime(2025, 3, 14, 16, 30, 0, DateTimeKind.Utc);

        var next = FollowUpSchedule.After(Cadence, [Call(friday)]);

        Assert.Equal(new DateTime(2025, 3, 17, 16, 30, 0, DateTimeKind.Utc), next.DueAt);
    }

    [Fact]
    public void TheCadencesMinimumTouchesAreSpreadOverTheWorkingDaysOfItsMinimumDays()
    {
        var gaps = Enumerable.Range(1, Cadence.MinTouches - 1).Select(made => FollowUpSchedule.GapAfter(Cadence, made)).ToList();

        Assert.Equal([1, 2, 1, 2, 1, 2, 1], gaps);
        Assert.Equal(FollowUpSchedule.WorkingDaysIn(Cadence.MinDays), gaps.Sum());
    }

    [Fact]
    public void MoreTouchesThanWorkingDaysStillLeaveAWorkingDayBetweenAttempts()
    {
        var crowded = Cadence with { MinTouches = 15, MinDays = 7 };

        Assert.All(Enumerable.Range(1, 14), made => Assert.Equal(1, FollowUpSchedule.GapAfter(crowded, made)));
    }

    [Theory]
    [InlineData(TouchChannel.Call, TouchOutcome.Connected, "Follow up on the conversation: qualify while it is warm")]
    [InlineData(TouchChannel.Email, TouchOutcome.Replied, "Follow up on their reply")]
    [InlineData(TouchChannel.Call, TouchOutcome.MeetingBooked, "Confirm the booked meeting and prepare the qualification")]
    [InlineData(TouchChannel.Meeting, TouchOutcome.MeetingBooked, "Confirm the booked meeting and prepare the qualification")]
    public void AResponseHandsTheLeadToAPersonTheNextWorkingDay(TouchChannel channel, TouchOutcome outcome, string note)
    {
        var next = FollowUpSchedule.After(Cadence, [Call(Wednesday.AddDays(-2)), new CadenceTouch(Wednesday, channel, outcome)]);

        Assert.Equal(new FollowUp(Wednesday.AddDays(1), note), next);
    }

    [Fact]
    public void TheLastAttemptTheCadenceAllowsLeavesAStepDueAtOnce()
    {
        var next = FollowUpSchedule.After(Cadence, Attempts(Cadence.MaxTouches, Wednesday));

        Assert.Equal(new FollowUp(Wednesday, "Cadence spent: qualify now, or it goes to nurture"), next);
    }

    [Fact]
    public void TheMinimumTouchesPastTheMinimumDaysSpendTheCadenceToo()
    {
        var touches = Attempts(Cadence.MinTouches - 1, Wednesday.AddDays(-10)).Append(Call(Wednesday.AddDays(Cadence.MinDays - 10))).ToList();

        Assert.Equal(Wednesday.AddDays(Cadence.MinDays - 10), FollowUpSchedule.After(Cadence, touches).DueAt);
    }

    [Fact]
    public void OneAttemptShortOfTheMaximumStillSchedulesTheNext()
    {
        var next = FollowUpSchedule.After(Cadence, Attempts(Cadence.MaxTouches - 1, Wednesday));

        Assert.Equal("Attempt 15, up to 15 (last: no answer)", next.Note);
        Assert.True(next.DueAt > Wednesday);
    }

    [Fact]
    public void TheLatestTouchDecidesWhateverTheOrderTheyCameIn()
    {
        var next = FollowUpSchedule.After(Cadence, [Call(Wednesday, TouchOutcome.Connected), Call(Wednesday.AddDays(-1))]);

        Assert.StartsWith("Follow up on the conversation", next.Note);
    }

    [Fact]
    public void ANewLeadIsDueForItsFirstTouchAtOnce() =>
        Assert.Equal(new FollowUp(Wednesday, "First touch"), FollowUpSchedule.FirstTouch(Wednesday));
}

/// <summary>"Today" is the viewer's: overdue means due before their midnight, not UTC's.</summary>
public class FollowUpDayTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTime Utc(int day, int hour, int minute = 0) => new(2025, 3, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void JustAfterMidnightInBerlinYesterdayEveningsStepIsOverdueThoughItIsStillTheSameDayInUtc()
    {
        var now = Utc(12, 23, 30); // 00:30 on the 13th in Berlin
        var due = Utc(12, 22); // 23:00 on the 12th in Berlin

        Assert.Equal(FollowUpState.Overdue, FollowUpDay.Of(now, Berlin).StateOf(due));
        Assert.Equal(FollowUpState.DueToday, FollowUpDay.Of(now, TimeZoneInfo.Utc).StateOf(due));
    }

    [Fact]
    public void LateEveningInNewYorkAStepFromThatMorningIsDueTodayThoughUtcIsAlreadyTomorrow()
    {
        var now = Utc(13, 3); // 23:00 on the 12th in New York (summer time since the 9th)
        var due = Utc(12, 5); // 01:00 on the 12th in New York

        Assert.Equal(FollowUpState.DueToday, FollowUpDay.Of(now, NewYork).StateOf(due));
        Assert.Equal(FollowUpState.Overdue, FollowUpDay.Of(now, TimeZoneInfo.Utc).StateOf(due));
    }

    [Fact]
    public void TodayRunsFromTheViewersMidnightToTheNext()
    {
        var day = FollowUpDay.Of(Utc(12, 10), Berlin);

        Assert.Equal((Utc(11, 23), Utc(12, 23)), (day.StartUtc, day.EndUtc));
        Assert.Equal(FollowUpState.DueToday, day.StateOf(Utc(11, 23)));
        Assert.Equal(FollowUpState.Later, day.StateOf(Utc(12, 23)));
        Assert.Equal(FollowUpState.Overdue, day.StateOf(Utc(11, 22, 59)));
    }

    [Fact]
    public void OnTheDayTheClocksGoForwardTodayIsTwentyThreeHoursLong()
    {
        var day = FollowUpDay.Of(Utc(30, 12), Berlin);

        Assert.Equal(TimeSpan.FromHours(23), day.EndUtc - day.StartUtc);
    }
}

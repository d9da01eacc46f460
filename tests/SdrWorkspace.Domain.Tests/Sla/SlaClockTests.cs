using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Domain.Tests.Builders;

namespace SdrWorkspace.Domain.Tests.Sla;

public class SlaClockTests
{
    private static readonly SlaPolicy Policy = Definitions.Default.Sla;

    // The week of the fixed clock: Wednesday 12 March 2025 is TestClock.Now.
    private static DateTime Thursday(int hour, int minute = 0) => new(2025, 3, 13, hour, minute, 0, DateTimeKind.Utc);
    private static DateTime Friday(int hour, int minute = 0) => new(2025, 3, 14, hour, minute, 0, DateTimeKind.Utc);
    private static DateTime Saturday(int hour, int minute = 0) => new(2025, 3, 15, hour, minute, 0, DateTimeKind.Utc);
    private static DateTime Sunday(int hour, int minute = 0) => new(2025, 3, 16, hour, minute, 0, DateTimeKind.Utc);
    private static DateTime Monday(int hour, int minute = 0) => new(2025, 3, 17, hour, minute, 0, DateTimeKind.Utc);
    private static DateTime Tuesday(int hour, int minute = 0) => new(2025, 3, 18, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void TheFixedClockIsAWednesday()
    {
        Assert.Equal(DayOfWeek.Wednesday, TestClock.Now.DayOfWeek);
        Assert.Equal(DayOfWeek.Friday, Friday(10).DayOfWeek);
        Assert.Equal(DayOfWeek.Monday, Monday(10).DayOfWeek);
    }

    [Fact]
    public void HighIntentInboundIsDueInFiveMinutes()
    {
        Assert.Equal(TestClock.Now.AddMinutes(5), SlaClock.DueAt(Policy, SlaKind.HighIntentResponse, TestClock.Now));
    }

    [Fact]
    public void HighIntentInboundIsDueInFiveMinutesAtTheWeekendToo()
    {
        Assert.Equal(Saturday(10, 5), SlaClock.DueAt(Policy, SlaKind.HighIntentResponse, Saturday(10)));
    }

    [Fact]
    public void AnMqlArrivingOnFridayMorningIsDueOnMondayMorning()
    {
        Assert.Equal(Monday(10), SlaClock.DueAt(Policy, SlaKind.MqlAcceptance, Friday(10)));
    }

    [Fact]
    public void AnMqlArrivingMidweekIsDueTheNextDayAtTheSameTime()
    {
        Assert.Equal(Thursday(10), SlaClock.DueAt(Policy, SlaKind.MqlAcceptance, TestClock.Now));
    }

    [Theory]
    [InlineData(15, 10)]
    [InlineData(16, 23)]
    public void AnMqlArrivingAtTheWeekendCountsFromMondaysStartSoIsDueAtTuesdaysStart(int day, int hour)
    {
        var start = new DateTime(2025, 3, day, hour, 0, 0, DateTimeKind.Utc);

        Assert.Equal(Tuesday(0), SlaClock.DueAt(Policy, SlaKind.MqlAcceptance, start));
    }

    [Fact]
    public void AnMqlArrivingAtMondayMidnightIsDueAtTuesdayMidnight()
    {
        Assert.Equal(Tuesday(0), SlaClock.DueAt(Policy, SlaKind.MqlAcceptance, Monday(0)));
    }

    [Fact]
    public void AnSqlHandoverIsDueInTwoWorkingDays()
    {
        Assert.Equal(Monday(15), SlaClock.DueAt(Policy, SlaKind.SqlAcceptance, Thursday(15)));
        Assert.Equal(Tuesday(10), SlaClock.DueAt(Policy, SlaKind.SqlAcceptance, Friday(10)));
    }

    [Fact]
    public void FiveWorkingDaysFromMondayIsTheNextMonday()
    {
        Assert.Equal(Monday(9).AddDays(7), SlaClock.AddWorkingDays(Monday(9), 5));
    }

    [Fact]
    public void ZeroWorkingDaysFromAWeekdayIsThatMoment()
    {
        Assert.Equal(Thursday(9), SlaClock.AddWorkingDays(Thursday(9), 0));
    }

    [Fact]
    public void ZeroWorkingDaysFromTheWeekendIsMondaysStart()
    {
        Assert.Equal(Monday(0), SlaClock.AddWorkingDays(Sunday(14), 0));
    }

    [Fact]
    public void TheSlaTimesComeFromThePolicy()
    {
        var policy = new SlaPolicy(HighIntentResponseMinutes: 30, MqlAcceptanceWorkingDays: 3, SqlAcceptanceWorkingDays: 1);

        Assert.Equal(TestClock.Now.AddMinutes(30), SlaClock.DueAt(policy, SlaKind.HighIntentResponse, TestClock.Now));
        Assert.Equal(Monday(10), SlaClock.DueAt(policy, SlaKind.MqlAcceptance, TestClock.Now));
        Assert.Equal(Thursday(10), SlaClock.DueAt(policy, SlaKind.SqlAcceptance, TestClock.Now));
    }

    [Fact]
    public void AHighIntentLeadIsOnTrackWithMoreThanAFifthOfTheTimeLeft()
    {
        var clock = TestClock.Fake();
        var start = clock.UtcNow();

        clock.Advance(TimeSpan.FromMinutes(3));
        var status = SlaClock.Status(Policy, SlaKind.HighIntentResponse, start, clock.UtcNow());

        Assert.Equal(new SlaStatus(SlaState.OnTrack, start, start.AddMinutes(5), TimeSpan.FromMinutes(2)), status);
    }

    [Fact]
    public void AHighIntentLeadIsDueSoonWithAFifthOfTheTimeLeft()
    {
        var clock = TestClock.Fake();
        var start = clock.UtcNow();

        clock.Advance(TimeSpan.FromMinutes(4));
        var status = SlaClock.Status(Policy, SlaKind.HighIntentResponse, start, clock.UtcNow());

        Assert.Equal(SlaState.DueSoon, status.State);
        Assert.Equal(TimeSpan.FromMinutes(1), status.Remaining);
    }

    [Fact]
    public void AHighIntentLeadIsBreachedOnceTheDeadlinePasses()
    {
        var clock = TestClock.Fake();
        var start = clock.UtcNow();

        clock.Advance(TimeSpan.FromMinutes(6));
        var status = SlaClock.Status(Policy, SlaKind.HighIntentResponse, start, clock.UtcNow());

        Assert.Equal(SlaState.Breached, status.State);
        Assert.Equal(TimeSpan.FromMinutes(-1), status.Remaining);
    }

    [Theory]
    [InlineData(14, 12, SlaState.OnTrack)]
    [InlineData(17, 9, SlaState.DueSoon)]
    [InlineData(17, 11, SlaState.Breached)]
    public void AFridayMqlIsOnTrackOverTheWeekendDueSoonOnMondayMorningAndBreachedAfterTen(int day, int hour, SlaState expected)
    {
        var now = new DateTime(2025, 3, day, hour, 0, 0, DateTimeKind.Utc);

        var status = SlaClock.Status(Policy, SlaKind.MqlAcceptance, Friday(10), now);

        Assert.Equal(expected, status.State);
        Assert.Equal(Monday(10), status.DueAt);
        Assert.Equal(Monday(10) - now, status.Remaining);
    }

    [Fact]
    public void AnUnknownKindOfSlaIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaClock.DueAt(Policy, (SlaKind)99, TestClock.Now));
    }
}

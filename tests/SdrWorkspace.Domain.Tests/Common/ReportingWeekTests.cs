using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Tests.Common;

public class ReportingWeekTests
{
    private static DateTime At(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void APeriodEndingOnAMondayMorningEndsWithAPartialWeekOfOneDaySoFar()
    {
        var weeks = ReportingWeek.Of(At(11, 2), At(11, 23, 9));

        Assert.Equal([new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23)], weeks.Select(w => w.Start));
        Assert.Equal([7, 7, 7, 1], weeks.Select(w => w.DaysCovered));
        Assert.Equal([false, false, false, true], weeks.Select(w => w.IsPartial));
    }

    [Fact]
    public void APeriodStartingMidweekStartsWithAPartialWeek()
    {
        var weeks = ReportingWeek.Of(At(11, 5, 12), At(11, 16));

        Assert.Equal([(new DateOnly(2026, 11, 2), 4), (new DateOnly(2026, 11, 9), 7)], weeks.Select(w => (w.Start, w.DaysCovered)));
    }

    [Fact]
    public void AMomentBelongsToTheWeekOfItsMonday()
    {
        Assert.Equal(new DateOnly(2026, 11, 16), ReportingWeek.StartOf(At(11, 22, 23)));
        Assert.Equal(new DateOnly(2026, 11, 23), ReportingWeek.StartOf(At(11, 23)));
    }
}

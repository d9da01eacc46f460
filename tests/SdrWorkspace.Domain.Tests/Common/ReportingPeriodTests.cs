using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Tests.Common;

public class ReportingPeriodTests
{
    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(2026, 8, 1, 2026, 11, 23)]
    [InlineData(1900, 1, 1, 1900, 1, 2)]
    [InlineData(2999, 12, 31, 3000, 1, 1)]
    [InlineData(2016, 11, 23, 2026, 11, 23)]
    public void APeriodInsideTheCalendarAndAtMostTenYearsLongCanBeReportedOn(int y1, int m1, int d1, int y2, int m2, int d2) =>
        Assert.Null(ReportingPeriod.Problem(Utc(y1, m1, d1), Utc(y2, m2, d2)));

    [Fact]
    public void APeriodAtEitherEndOfDotNetsCalendarIsRefusedWithTheRange()
    {
        Assert.Equal("A period lies between 1900-01-01 and 2999-12-31.", ReportingPeriod.Problem(DateTime.MinValue, Utc(2026, 1, 1)));
        Assert.Equal("A period lies between 1900-01-01 and 2999-12-31.", ReportingPeriod.Problem(Utc(2026, 1, 1), DateTime.MaxValue));
        Assert.NotNull(ReportingPeriod.Problem(Utc(2999, 12, 31), Utc(3000, 1, 2)));
    }

    [Fact]
    public void APeriodThatEndsBeforeItStartsIsRefused() =>
        Assert.Equal("A period ends after it starts.", ReportingPeriod.Problem(Utc(2026, 11, 23), Utc(2026, 8, 1)));

    [Fact]
    public void APeriodLongerThanTenYearsIsRefused() =>
        Assert.Equal("A period spans at most 10 years.", ReportingPeriod.Problem(Utc(2016, 11, 22), Utc(2026, 11, 23)));

    [Theory]
    [InlineData(1899, 12, 31, false)]
    [InlineData(1900, 1, 1, true)]
    [InlineData(2999, 12, 31, true)]
    [InlineData(9999, 12, 31, false)]
    public void ADayIsInTheCalendarBetween1900And2999(int year, int month, int day, bool inside) =>
        Assert.Equal(inside, ReportingPeriod.Contains(new DateOnly(year, month, day)));
}

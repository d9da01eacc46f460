using SdrWorkspace.Domain.Common;

namespace SdrWorkspace.Domain.Tests.Common;

public class TimeZonesTests
{
    private static readonly TimeZoneInfo NewYork = TimeZones.Find("America/New_York")!;
    private static readonly TimeZoneInfo Berlin = TimeZones.Find("Europe/Berlin")!;

    private static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    public void ABlankOrUnknownZoneIsNotFound(string? id)
    {
        Assert.Null(TimeZones.Find(id));
    }

    [Fact]
    public void AnUtcMomentReadsAsTheWallTimeOfTheZoneWithDaylightSaving()
    {
        // 12:00 UTC: winter in both, then New York has moved its clocks (8 March) and Berlin has not (29 March).
        Assert.Equal(new DateTime(2026, 1, 15, 7, 0, 0), TimeZones.ToLocal(Utc(1, 15, 12), NewYork));
        Assert.Equal(new DateTime(2026, 1, 15, 13, 0, 0), TimeZones.ToLocal(Utc(1, 15, 12), Berlin));
        Assert.Equal(new DateTime(2026, 3, 15, 8, 0, 0), TimeZones.ToLocal(Utc(3, 15, 12), NewYork));
        Assert.Equal(new DateTime(2026, 3, 15, 13, 0, 0), TimeZones.ToLocal(Utc(3, 15, 12), Berlin));
    }

    [Fact]
    public void ATypedWallTimeBecomesTheUtcMomentItMeansInTheZone()
    {
        Assert.Equal(Utc(7, 1, 13, 30), TimeZones.ToUtc(new DateTime(2026, 7, 1, 9, 30, 0), NewYork));
        Assert.Equal(Utc(12, 1, 8, 30), TimeZones.ToUtc(new DateTime(2026, 12, 1, 9, 30, 0), Berlin));
    }

    [Fact]
    public void AWallTimeTheClocksSkipMeansTheSameTimeAfterTheJump()
    {
        // New York springs forward at 02:00 on 8 March 2026: 02:30 does not exist there; it is read as 03:30 EDT.
        Assert.Equal(Utc(3, 8, 7, 30), TimeZones.ToUtc(new DateTime(2026, 3, 8, 2, 30, 0), NewYork));
    }

    [Fact]
    public void AWallTimeTheClocksPassTwiceMeansTheFirstPass()
    {
        // Berlin falls back at 03:00 on 25 October 2026: 02:30 happens at 00:30 UTC (summer time) and 01:30 UTC.
        Assert.Equal(Utc(10, 25, 0, 30), TimeZones.ToUtc(new DateTime(2026, 10, 25, 2, 30, 0), Berlin));
    }

    [Theory]
    [InlineData("America/New_York", 1, "UTC-5")]
    [InlineData("America/New_York", 7, "UTC-4")]
    [InlineData("Europe/Berlin", 7, "UTC+2")]
    [InlineData("Asia/Kolkata", 7, "UTC+5:30")]
    [InlineData("Etc/UTC", 7, "UTC")]
    public void TheOffsetIsTheOneInForceAtThatMoment(string zone, int month, string offset)
    {
        Assert.Equal(offset, TimeZones.OffsetAt(Utc(month, 15, 12), TimeZones.Find(zone)!));
    }
}

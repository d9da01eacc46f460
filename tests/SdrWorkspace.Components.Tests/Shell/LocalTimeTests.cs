using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Components.Shared;

namespace SdrWorkspace.Components.Tests.Shell;

/// <summary>A stored (UTC) time is written in the viewer's zone, daylight saving included, the same way everywhere.</summary>
public class LocalTimeTests : ComponentTest
{
    private ViewerClock Viewer => Context.Services.GetRequiredService<ViewerClock>();

    private IRenderedComponent<LocalTime> Render(DateTime utc, TimeStyle format = TimeStyle.DateTime, bool showZone = false) =>
        Context.Render<LocalTime>(p => p.Add(t => t.Value, utc).Add(t => t.Format, format).Add(t => t.ShowZone, showZone));

    [Theory]
    // Winter: New York is 5 hours behind UTC, Berlin 1 ahead.
    [InlineData("America/New_York", 1, "15 Jan 2026 07:00")]
    [InlineData("Europe/Berlin", 1, "15 Jan 2026 13:00")]
    // 15 March: New York has moved to summer time (8 March), Berlin not yet (29 March).
    [InlineData("America/New_York", 3, "15 Mar 2026 08:00")]
    [InlineData("Europe/Berlin", 3, "15 Mar 2026 13:00")]
    // Summer in both.
    [InlineData("America/New_York", 7, "15 Jul 2026 08:00")]
    [InlineData("Europe/Berlin", 7, "15 Jul 2026 14:00")]
    public void ATimeReadsInTheViewersZoneAcrossDaylightSaving(string zone, int month, string shown)
    {
        Viewer.Use(zone);

        var time = Render(new DateTime(2026, month, 15, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(shown, time.Find("time").TextContent);
        Assert.Equal("2026-" + month.ToString("00") + "-15T12:00:00.0000000Z", time.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void ALateEveningInNewYorkIsTheNextMorningInBerlin()
    {
        var utc = new DateTime(2026, 11, 24, 3, 30, 0, DateTimeKind.Utc);
        Viewer.Use("America/New_York");
        Assert.Equal("23 Nov 2026", Render(utc, TimeStyle.Date).Find("time").TextContent);

        Viewer.Use("Europe/Berlin");
        Assert.Equal("24 Nov 2026", Render(utc, TimeStyle.Date).Find("time").TextContent);
    }

    [Fact]
    public void WhereAmbiguityMattersTheZoneIsNamedAndTheTooltipAlwaysNamesIt()
    {
        Viewer.Use("America/New_York");

        var time = Render(new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc), showZone: true);

        Assert.Equal("15 Jul 2026 08:00 (America/New_York, UTC-4)", time.Find("time").TextContent);
        Assert.Equal("Wed 15 Jul 2026 08:00 (America/New_York, UTC-4)", time.Find("time").GetAttribute("title"));
    }

    [Fact]
    public void AViewerWhoseZoneIsNotKnownYetSeesUtcSaidSo()
    {
        var time = Render(new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc), showZone: true);

        Assert.Equal("15 Jul 2026 12:00 (UTC)", time.Find("time").TextContent);
    }

    [Fact]
    public void AShownTimeRedrawsWhenTheZoneBecomesKnown()
    {
        var time = Render(new DateTime(2026, 7, 15, 12, 0, 0, DateTimeKind.Utc));

        Viewer.Use("Europe/Berlin");

        time.WaitForAssertion(() => Assert.Equal("15 Jul 2026 14:00", time.Find("time").TextContent));
    }

    [Fact]
    public void ARecentTimeReadsAsHowLongAgoAndAnOldOneAsItsDateInTheZone()
    {
        Viewer.Use("America/New_York");
        var now = Start.UtcDateTime;

        var recent = Context.Render<LocalTime>(p => p.Add(t => t.Value, now.AddHours(-3)).Add(t => t.Relative, true));
        var old = Context.Render<LocalTime>(p => p.Add(t => t.Value, new DateTime(2026, 5, 1, 2, 0, 0, DateTimeKind.Utc)).Add(t => t.Relative, true));

        Assert.Equal("3 h ago", recent.Find("time").TextContent);
        Assert.Equal("30 Apr 2026", old.Find("time").TextContent);
    }
}

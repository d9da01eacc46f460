using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Queue;

namespace SdrWorkspace.Components.Tests.Queue;

public class SlaCountdownTests : ComponentTest
{
    private IRenderedComponent<SlaCountdown> RenderDue(TimeSpan fromNow) =>
        Context.Render<SlaCountdown>(p => p.Add(s => s.Start, Start.UtcDateTime.AddDays(-200)).Add(s => s.DueAt, Start.UtcDateTime + fromNow));

    private static string TextOf(IRenderedComponent<SlaCountdown> sla) => sla.Find("[data-testid=sla]").TextContent.Trim();

    [Fact]
    public void ADeadlineWithinTheHourCountsDownSecondBySecond()
    {
        var sla = RenderDue(new TimeSpan(0, 4, 12));
        Assert.Equal("due in 4:12", TextOf(sla));

        Clock.Advance(TimeSpan.FromSeconds(1));

        sla.WaitForAssertion(() => Assert.Equal("due in 4:11", TextOf(sla)));
    }

    [Fact]
    public void ADeadlineHoursAwayReadsInHoursAndMinutes()
    {
        var sla = RenderDue(new TimeSpan(2, 5, 30));

        Assert.Equal("due in 2 h 5 min", TextOf(sla));
    }

    [Fact]
    public void APassedDeadlineSaysByHowMuchItIsOverdue()
    {
        var sla = RenderDue(-new TimeSpan(2, 16, 10));

        Assert.Equal("overdue by 2 h 16 min", TextOf(sla));
        Assert.Contains("mud-chip-color-error", sla.Find(".mud-chip").ClassName);
    }

    [Fact]
    public void ADeadlineLongPassedReadsInDays()
    {
        var sla = RenderDue(-new TimeSpan(2843, 58, 0));

        Assert.Equal("overdue by 118 days", TextOf(sla));
    }

    [Fact]
    public void TheCountdownTurnsOverdueWhenTheClockPassesTheDeadline()
    {
        var sla = RenderDue(TimeSpan.FromSeconds(2));
        Assert.Equal("due in 0:02", TextOf(sla));

        Clock.Advance(TimeSpan.FromSeconds(1));
        sla.WaitForAssertion(() => Assert.Equal("due in 0:01", TextOf(sla)));
        Clock.Advance(TimeSpan.FromSeconds(1));
        sla.WaitForAssertion(() => Assert.Equal("overdue by 0:00", TextOf(sla)));
        Clock.Advance(TimeSpan.FromSeconds(1));

        sla.WaitForAssertion(() => Assert.Equal("overdue by 0:01", TextOf(sla)));
    }

    [Fact]
    public void AnHourOverdueTheTextMovesOnOnceAMinute()
    {
        var sla = RenderDue(-new TimeSpan(1, 0, 30));
        Assert.Equal("overdue by 1 h 0 min", TextOf(sla));

        Clock.Advance(TimeSpan.FromSeconds(30));

        sla.WaitForAssertion(() => Assert.Equal("overdue by 1 h 1 min", TextOf(sla)));
    }
}

using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Queue;

namespace SdrWorkspace.Components.Tests.Queue;

/// <summary>The countdown marks "due soon" as the SLA rule does: less than a fifth of the allowed time left.</summary>
public class SlaCountdownDueSoonTests : ComponentTest
{
    private IRenderedComponent<SlaCountdown> RenderRaisedAgo(TimeSpan raisedAgo, TimeSpan dueIn) =>
        Context.Render<SlaCountdown>(p => p.Add(s => s.Start, Start.UtcDateTime - raisedAgo).Add(s => s.DueAt, Start.UtcDateTime + dueIn));

    [Fact]
    public void AFifteenMinuteSlaWithTwoMinutesLeftIsMarkedDueSoon()
    {
        var sla = RenderRaisedAgo(TimeSpan.FromMinutes(13), TimeSpan.FromMinutes(2));

        Assert.Contains("mud-chip-color-warning", sla.Find(".mud-chip").ClassName);
    }

    [Fact]
    public void AFifteenMinuteSlaWithTenMinutesLeftIsOnTrack()
    {
        var sla = RenderRaisedAgo(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));

        Assert.Contains("mud-chip-color-info", sla.Find(".mud-chip").ClassName);
    }

    [Fact]
    public void TheCountdownTurnsDueSoonWhenTheClockCrossesTheLastFifth()
    {
        var sla = RenderRaisedAgo(TimeSpan.FromMinutes(11), TimeSpan.FromMinutes(4));
        Assert.Contains("mud-chip-color-info", sla.Find(".mud-chip").ClassName);

        Clock.Advance(TimeSpan.FromMinutes(1));

        sla.WaitForAssertion(() => Assert.Contains("mud-chip-color-warning", sla.Find(".mud-chip").ClassName));
    }
}

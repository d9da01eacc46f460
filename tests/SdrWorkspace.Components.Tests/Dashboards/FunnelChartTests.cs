using Microsoft.AspNetCore.Components;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Dashboards;

namespace SdrWorkspace.Components.Tests.Dashboards;

public class FunnelChartTests : ComponentTest
{
    private Figure? drilled;

    private IRenderedComponent<FunnelChart> Render(params int[] reached) =>
        Context.Render<FunnelChart>(p => p
            .Add(f => f.Stages, TestFigures.Funnel(reached))
            .AddCascadingValue(EventCallback.Factory.Create<Figure>(this, f => drilled = f)));

    [Fact]
    public void EachStageIsAButtonNamedForItsFigure()
    {
        var funnel = Render(200, 100, 50, 20, 5);

        var names = funnel.FindAll("li button").Select(b => b.GetAttribute("aria-label"));

        Assert.Equal(["Reached Lead: 200", "Reached MQL: 100", "Reached SAL: 50", "Reached SQL: 20", "Reached Opportunity: 5"], names);
    }

    [Fact]
    public void EachBarIsAsWideAsItsShareOfTheWidestStage()
    {
        var funnel = Render(200, 100, 50, 20, 5);

        var widths = funnel.FindAll("li button").Select(b => b.GetAttribute("style"));

        Assert.Equal(["width: 100%", "width: 50%", "width: 25%", "width: 10%", "width: 2.5%"], widths);
    }

    [Fact]
    public async Task ClickingAStageDrillsIntoTheLeadsThatReachedIt()
    {
        var funnel = Render(200, 100, 50, 20, 5);

        await funnel.FindAll("li button")[3].ClickAsync(new());

        Assert.Equal("Reached SQL", drilled?.Label);
        Assert.Equal(20, drilled?.LeadIds.Count);
    }

    [Fact]
    public void AnEmptyPeriodStillDrawsEveryStageAsAButton()
    {
        var funnel = Render(0, 0, 0, 0, 0);

        var bars = funnel.FindAll("li button");

        Assert.Equal(5, bars.Count);
        Assert.All(bars, bar => Assert.Equal("width: 0%", bar.GetAttribute("style")));
        Assert.All(bars, bar => Assert.Null(bar.GetAttribute("tabindex")));
    }
}

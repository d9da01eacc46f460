using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Dashboards;

namespace SdrWorkspace.Components.Tests.Dashboards;

public class DashboardPanelTests : ComponentTest
{
    private IRenderedComponent<DashboardPanel> Render(bool loading) =>
        Context.Render<DashboardPanel>(p => p
            .Add(d => d.Id, "speed")
            .Add(d => d.Title, "Speed to lead")
            .AddChildContent("<p>42 hand-raises</p>")
            .AddCascadingValue(DashboardPanel.LoadingValue, loading));

    [Fact]
    public void APanelIsASectionNamedByItsHeading()
    {
        var panel = Render(loading: false);

        Assert.Equal("speed-heading", panel.Find("section").GetAttribute("aria-labelledby"));
        Assert.Equal("Speed to lead", panel.Find("h2#speed-heading").TextContent);
        Assert.Empty(panel.FindAll("[role=progressbar]"));
    }

    [Fact]
    public void WhileANewFilterIsCountedThePanelKeepsItsFiguresUnderAProgressBar()
    {
        var panel = Render(loading: true);

        Assert.Equal("true", panel.Find("section").GetAttribute("aria-busy"));
        Assert.Equal("Recounting Speed to lead", panel.Find("[role=progressbar]").GetAttribute("aria-label"));
        Assert.Contains("42 hand-raises", panel.Markup);
    }
}

using Microsoft.AspNetCore.Components;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Dashboards;

namespace SdrWorkspace.Components.Tests.Dashboards;

public class FigureButtonTests : ComponentTest
{
    [Fact]
    public async Task AFigureShowsItsValueAndClickingItDrillsIntoIt()
    {
        Figure? drilled = null;
        var figure = TestFigures.Of("Reached SQL", 1234);
        var button = Context.Render<FigureButton>(p => p
            .Add(b => b.Figure, figure)
            .AddCascadingValue(EventCallback.Factory.Create<Figure>(this, f => drilled = f)));

        await button.Find("button").ClickAsync(new());

        Assert.Equal("1,234", button.Find("button").TextContent.Trim());
        Assert.Equal("Reached SQL: 1,234", button.Find("button").GetAttribute("aria-label"));
        Assert.Same(figure, drilled);
    }

    [Fact]
    public void AFigureCanShowADurationWhileStillNamingItsFigure()
    {
        var button = Context.Render<FigureButton>(p => p
            .Add(b => b.Figure, TestFigures.Of("Completed stays in MQL", 12))
            .Add(b => b.Text, "3.5 days"));

        Assert.Equal("3.5 days", button.Find("button").TextContent.Trim());
        Assert.Equal("Completed stays in MQL: 3.5 days", button.Find("button").GetAttribute("aria-label"));
    }
}

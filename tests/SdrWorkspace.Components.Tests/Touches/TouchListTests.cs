using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Leads;
using SdrWorkspace.Domain.Cadence;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Touches;

namespace SdrWorkspace.Components.Tests.Touches;

public class TouchListTests : ComponentTest
{
    private IRenderedComponent<TouchList> RenderList(params TouchRow[] touches) =>
        Context.Render<TouchList>(p => p
            .Add(l => l.Touches, touches)
            .Add(l => l.Cadence, CadenceEvaluator.Evaluate(DefaultDefinition.Create().Cadence,
                touches.Select(t => (t.At, Touch.IsResponseOutcome(t.Outcome))).ToList(), Start.UtcDateTime)));

    [Fact]
    public void NoTouchesSaysHowToStartTheCadence()
    {
        var list = RenderList();

        Assert.Equal("Cadence not started", list.Find("[data-testid=cadence]").TextContent.Trim());
        Assert.Contains("No touches yet", list.Find("[role=status]").TextContent);
        Assert.Empty(list.FindAll("table"));
    }

    [Fact]
    public void OneAnsweredTouchIsCountedInTheSingular()
    {
        var list = RenderList(new TouchRow(Start.UtcDateTime.AddHours(-3), TouchChannel.LinkedIn, TouchOutcome.Replied, "Sam Rivera", "Liked the post"));

        Assert.Equal("Responded after 1 touch", list.Find("[data-testid=cadence]").TextContent.Trim());
        var cells = list.FindAll("tbody td").Select(c => c.TextContent.Trim());
        Assert.Equal(["3 h ago", "LinkedIn", "Replied", "Sam Rivera", "Liked the post"], cells);
    }
}

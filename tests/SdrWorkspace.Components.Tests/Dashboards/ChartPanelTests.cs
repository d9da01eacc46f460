using Microsoft.AspNetCore.Components;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Dashboards;

namespace SdrWorkspace.Components.Tests.Dashboards;

public class ChartPanelTests : ComponentTest
{
    private Figure? drilled;

    private IRenderedComponent<SpeedPanel> RenderSpeed(SpeedSection speed) =>
        Context.Render<SpeedPanel>(p => p
            .Add(s => s.Speed, speed)
            .AddCascadingValue(EventCallback.Factory.Create<Figure>(this, f => drilled = f)));

    [Fact]
    public void TheSpeedChartIsANamedImageAndEveryBucketIsANumberThatDrillsDown()
    {
        var speed = RenderSpeed(TestFigures.Speed(("within 5 minutes", 7), ("5 to 30 minutes", 3), ("not answered yet", 2)));

        Assert.StartsWith("First response times chart", speed.Find("figure[role=img]").GetAttribute("aria-label"));
        Assert.NotEmpty(speed.FindAll("figure[role=img] svg"));
        var buckets = speed.FindAll("table:has(caption:contains('First response times')) tbody button").Select(b => b.GetAttribute("aria-label"));
        Assert.Equal(["Answered within 5 minutes: 7", "Answered 5 to 30 minutes: 3", "Answered not answered yet: 2"], buckets);
    }

    [Fact]
    public async Task ClickingAColumnOfTheResponseTimeChartDrillsIntoItsBucket()
    {
        var speed = RenderSpeed(TestFigures.Speed(("within 5 minutes", 7), ("5 to 30 minutes", 3), ("not answered yet", 2)));

        await speed.FindAll("figure path.mud-chart-bar").Last().ClickAsync(new());

        Assert.Equal("Answered not answered yet", drilled?.Label);
    }

    [Fact]
    public void WithoutHandRaisesTheSpeedPanelSaysSoInsteadOfDrawingAnEmptyChart()
    {
        var speed = RenderSpeed(TestFigures.Speed(("within 5 minutes", 0), ("not answered yet", 0)));

        Assert.Contains("No hand-raises in the period", speed.Find("[role=status]").TextContent);
        Assert.Empty(speed.FindAll("figure"));
    }

    [Fact]
    public async Task TheCalibrationTableDrillsIntoABandsLeads()
    {
        CalibrationRow Band(string band, int leads, int sql, int opportunity) =>
            new(band, TestFigures.Of($"Leads scoring {band}", leads), TestFigures.Of($"Leads scoring {band} that reached SQL", sql),
                TestFigures.Of($"Leads scoring {band} that reached Opportunity", opportunity));
        var calibration = Context.Render<CalibrationPanel>(p => p
            .Add(c => c.Rows, [Band("0-19", 40, 2, 1), Band("80-100", 10, 6, 3)])
            .AddCascadingValue(EventCallback.Factory.Create<Figure>(this, f => drilled = f)));

        await calibration.Find("button[aria-label='Leads scoring 80-100 that reached SQL: 6']").ClickAsync(new());

        Assert.Equal(6, drilled?.LeadIds.Count);
        Assert.Contains("(60%)", calibration.Find("tbody tr:last-child").TextContent);
        Assert.StartsWith("Calibration chart", calibration.Find("figure[role=img]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task ClickingASliceOfTheMqlAnswersDrillsIntoThoseAnswers()
    {
        var acceptance = Context.Render<AcceptancePanel>(p => p
            .Add(a => a.Acceptance, new AcceptanceSection(
                TestFigures.Of("MQLs of the period", 48), TestFigures.Of("MQLs accepted", 30), TestFigures.Of("MQLs rejected", 10),
                TestFigures.Of("MQLs recycled by cadence", 3), TestFigures.Of("MQLs waiting", 5), [],
                TestFigures.Of("SQLs accepted by AEs", 8), TestFigures.Of("SQLs returned by AEs", 2), TestFigures.Of("SQLs awaiting the AE", 1), []))
            .AddCascadingValue(EventCallback.Factory.Create<Figure>(this, f => drilled = f)));
        var mqlDonut = acceptance.Find("figure[aria-label^='MQL answers chart']");

        await mqlDonut.QuerySelectorAll("path.mud-chart-serie")[2].ClickAsync(new());

        Assert.Equal("MQLs rejected", drilled?.Label);
        Assert.Equal("75%", acceptance.Find("[data-testid=mql-acceptance]").TextContent);
        var sentence = string.Join(' ', acceptance.Find("p:has([data-testid=mql-acceptance])").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("48 MQLs: 30 accepted, 10 rejected, 3 recycled by cadence, 5 waiting. Acceptance rate 75%", sentence);
    }

    [Fact]
    public void WithoutCodedRepliesTheDispositionMixShowsAnEmptyState()
    {
        var mix = Context.Render<DispositionsPanel>(p => p.Add(d => d.Cells, []));

        Assert.Contains("No coded replies in the period", mix.Find("[role=status]").TextContent);
    }
}

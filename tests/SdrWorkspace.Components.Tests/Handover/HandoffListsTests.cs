using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Domain.Handover;
using SdrWorkspace.Domain.Sla;
using SdrWorkspace.Web.Features.Handover;
using SdrWorkspace.Web.Features.Mqls.Review;

namespace SdrWorkspace.Components.Tests.Handover;

public class HandoffListsTests : ComponentTest
{
    private static readonly DateTime Now = Start.UtcDateTime;

    [Fact]
    public void AHandoverListSaysItIsLoadingUntilItsRowsArrive()
    {
        var table = RenderHandovers(null);

        Assert.Contains("Loading handovers…", table.Markup);
        Assert.Empty(table.FindAll(".empty-state"));
    }

    [Fact]
    public void AnEmptyHandoverListSaysWhatToExpect()
    {
        var table = RenderHandovers([]);

        Assert.Contains("No handovers in the last 30 days.", table.Find(".empty-state").TextContent);
    }

    [Fact]
    public void EachHandoverLinksToItsPackageAndALateAnswerIsMarked()
    {
        var late = new SlaStatus(SlaState.Breached, Now.AddDays(-3), Now.AddDays(-1), TimeSpan.FromDays(-1));
        var table = RenderHandovers([
            new HandoverRow(7, 70, "Ana Silva", "Acme", "Chris Ortega", "sdr@demo.local", Now.AddDays(-3), HandoverStatus.Accepted, late, Now, null),
        ]);

        Assert.Equal("handovers/7", table.Find("a:contains('Ana Silva')").GetAttribute("href"));
        Assert.Contains("row-breached", table.Find("tbody tr").ClassName);
        var mark = table.Find(".mud-chip:contains('Answered late')");
        Assert.Contains("mud-chip-color-error", mark.ClassName);
    }

    [Fact]
    public void AnAcceptanceTableShowsNoRateWhereNothingWasAnswered()
    {
        var table = Context.Render<AcceptanceTable>(p => p
            .Add(t => t.Title, "Source")
            .Add(t => t.Groups, [new MqlAcceptanceGroup("Webinar", new MqlTally(5, 3, 1, 1, 0)), new MqlAcceptanceGroup("Ads", new MqlTally(3, 0, 0, 1, 2))]));

        var rates = table.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td").Last().TextContent).ToList();
        Assert.Equal(["75%", "n/a"], rates);
        Assert.Equal(["Source", "MQLs", "Accepted", "Rejected", "Recycled by cadence", "Waiting", "Acceptance rate"],
            table.FindAll("thead th").Select(th => th.TextContent));
        Assert.Equal("Acceptance by source", table.Find("caption").TextContent);
    }

    private IRenderedComponent<HandoverTable> RenderHandovers(IReadOnlyList<HandoverRow>? rows) =>
        Context.Render<HandoverTable>(p => p
            .Add(t => t.Rows, rows)
            .Add(t => t.Label, "Handovers")
            .Add(t => t.EmptyTitle, "No handovers in the last 30 days."));
}

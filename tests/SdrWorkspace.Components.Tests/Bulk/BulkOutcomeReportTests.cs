using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Web.Features.Bulk;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Components.Tests.Bulk;

public class BulkOutcomeReportTests : ComponentTest
{
    private int closed;

    private IRenderedComponent<BulkOutcomeReport> Render(BulkOutcome? outcome) =>
        Context.Render<BulkOutcomeReport>(p => p.Add(r => r.Outcome, outcome).Add(r => r.Closed, () => closed++));

    private static BulkItem Item(int id, string name, WorkResult result) => new(new BulkTarget(id, name, 1), result);

    [Fact]
    public void ItSaysHowManySucceededAndNamesTheOthersByReason()
    {
        var report = Render(new BulkOutcome("reassigned",
            [.. Enumerable.Range(1, 18).Select(i => Item(i, $"Lead {i}", WorkResult.Done)), Item(19, "Ann Lee", WorkResult.Conflict()), Item(20, "Bo Chen", WorkResult.Conflict())]));

        Assert.Equal("18 reassigned; 2 not: changed by someone else meanwhile (Ann Lee, Bo Chen).", report.Find("[data-testid=bulk-outcome]").TextContent);
        Assert.Contains("mud-alert-text-warning", report.Markup);
    }

    [Fact]
    public void AllDoneReadsAsASuccess()
    {
        var report = Render(new BulkOutcome("accepted", [Item(1, "Ann Lee", WorkResult.Done)]));

        Assert.Equal("1 accepted.", report.Find("[data-testid=bulk-outcome]").TextContent);
        Assert.Contains("mud-alert-text-success", report.Markup);
    }

    [Fact]
    public void AStoppedActionSaysWhichLeadsWereDoneBeforeIt()
    {
        var report = Render(new BulkOutcome("reassigned", [Item(1, "Ann Lee", WorkResult.Done), Item(2, "Bo Chen", WorkResult.Busy)]));

        Assert.Contains("The database was busy, so it stopped after these 1: Ann Lee.", report.Markup);
        Assert.Contains("mud-alert-text-info", report.Markup);
    }

    [Fact]
    public void HostileLeadNamesAreShownAsText()
    {
        const string hostile = "<script>alert('x')</script> שלום 🎉";
        var report = Render(new BulkOutcome("shared", [Item(1, hostile + new string('x', 300), WorkResult.Conflict())]));

        Assert.Empty(report.FindAll("script"));
        Assert.Contains(hostile, report.Find("[data-testid=bulk-outcome]").TextContent);
    }

    [Fact]
    public async Task ClosingItTellsTheList()
    {
        var report = Render(new BulkOutcome("shared", [Item(1, "Ann Lee", WorkResult.Done)]));

        await report.Find("button").ClickAsync(new());

        Assert.Equal(1, closed);
    }

    [Fact]
    public void NoOutcomeShowsNothing()
    {
        Assert.Empty(Render(null).Markup.Trim());
    }
}

using SdrWorkspace.Domain.Leads;
using MudBlazor;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Dashboards;

public class DrillDownDialogTests(DemoWorkspace app) : WorkspaceComponentTest(app), IClassFixture<DemoWorkspace>
{
    private static readonly DashboardFilter Last90Days = new(SdrWorkspaceFactory.Now.AddDays(-90), SdrWorkspaceFactory.Now.AddMinutes(1), Source: null);

    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, Figure Figure)> DrillAsync(Func<DashboardReport, Figure> pick)
    {
        var manager = await SignInAsync(DemoUsers.Manager);
        var report = await App.Services.GetRequiredService<DashboardQueries>().ReportAsync(manager, Last90Days);
        var figure = pick(report);
        var dialogs = Context.Render<MudDialogProvider>();
        var service = Context.Services.GetRequiredService<IDialogService>();
        await dialogs.InvokeAsync(() => DrillDownDialog.ShowAsync(service, figure, Last90Days));
        return (dialogs, figure);
    }

    [Fact]
    public async Task ADrillDownListsTheLeadsBehindTheFigureHighestScoreFirst()
    {
        var (dialogs, figure) = await DrillAsync(r => r.Funnel.Stages.Single(s => s.Stage == LifecycleStage.MQL).Reached);

        var rows = dialogs.WaitForElements("table:has(caption:contains('Leads behind the figure')) tbody tr");

        Assert.Equal($"Reached MQL: {figure.Value:N0}", dialogs.Find("[role=dialog] h2").TextContent.Trim());
        Assert.Equal(Math.Min(figure.Value, 100), rows.Count);
        var scores = rows.Select(r => int.Parse(r.QuerySelectorAll("td")[3].TextContent)).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task ADrillDownExportsItsFigureForTheFilterOnScreen()
    {
        var (dialogs, figure) = await DrillAsync(r => r.Funnel.Stages.Single(s => s.Stage == LifecycleStage.SQL).Reached);

        var export = dialogs.WaitForElement("a:contains('Export CSV')");

        Assert.Equal("dashboards/export.csv" + Last90Days.ToQueryString(figure.Key), export.GetAttribute("href"));
        Assert.NotNull(export.GetAttribute("download"));
    }

    [Fact]
    public async Task ClosingTheDrillDownTakesItAway()
    {
        var (dialogs, _) = await DrillAsync(r => r.Acceptance.MqlsAccepted);

        await dialogs.WaitForElement("[role=dialog] button:contains('Close')").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[role=dialog]")));
    }
}

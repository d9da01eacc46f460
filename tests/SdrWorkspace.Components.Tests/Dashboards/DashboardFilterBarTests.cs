using SdrWorkspace.Domain.Leads;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Dashboards;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Dashboards;

public class DashboardFilterBarTests(DemoWorkspace app) : WorkspaceComponentTest(app), IClassFixture<DemoWorkspace>
{
    private static readonly DashboardFilter Last90Days = new(SdrWorkspaceFactory.Now.AddDays(-90), SdrWorkspaceFactory.Now.AddMinutes(1));
    private DashboardFilter? changed;
    private int? days;

    private IRenderedComponent<DashboardFilterBar> Render(int period = 90, bool showReps = true) =>
        Context.Render<DashboardFilterBar>(p => p
            .Add(b => b.Days, period)
            .Add(b => b.DaysChanged, value => days = value)
            .Add(b => b.Filter, Last90Days)
            .Add(b => b.FilterChanged, value => changed = value)
            .Add(b => b.ShowReps, showReps));

    /// <summary>The input a label names, as a user finds a field.</summary>
    private static IElement Labelled(IRenderedComponent<DashboardFilterBar> bar, string label)
    {
        var name = bar.FindAll("label").Single(l => l.TextContent.Trim() == label);
        return bar.Find($"#{name.GetAttribute("for")}");
    }

    private static async Task ChooseAsync(IRenderedComponent<DashboardFilterBar> bar, IRenderedComponent<MudBlazor.MudPopoverProvider> providers, string label, string option)
    {
        await Labelled(bar, label).Closest(".mud-input-control")!.MouseDownAsync(new MouseEventArgs());
        await providers.WaitForElement($".mud-popover-open .mud-list-item:contains('{option}')").ClickAsync(new());
    }

    [Fact]
    public async Task ChoosingASourceRaisesTheFilterWithThatSource()
    {
        var source = (await App.Services.GetRequiredService<LeadQueries>().SourcesAsync())[0];
        var providers = RenderProviders();
        var bar = Render();

        await ChooseAsync(bar, providers, "Source", source);

        Assert.Equal(Last90Days with { Source = source }, changed);
    }

    [Fact]
    public async Task ChoosingACompanySizeRaisesTheFilterWithThatSize()
    {
        var providers = RenderProviders();
        var bar = Render();

        await ChooseAsync(bar, providers, "Company size", CompanySizes.Label(CompanySize.Enterprise));

        Assert.Equal(CompanySize.Enterprise, changed?.Size);
    }

    [Fact]
    public async Task ChoosingDatesRaisesTheDaysPeriod()
    {
        var providers = RenderProviders();
        var bar = Render();

        await ChooseAsync(bar, providers, "Period", "Dates…");

        Assert.Equal(DashboardFilterBar.CustomPeriod, days);
    }

    [Fact]
    public async Task ChosenDatesAreWholeUtcDaysWithTheEndIncluded()
    {
        var bar = Render(DashboardFilterBar.CustomPeriod);

        await Labelled(bar, "From").ChangeAsync(new() { Value = "2026-10-01" });
        var from = changed;
        await Labelled(bar, "To (inclusive)").ChangeAsync(new() { Value = "2026-10-31" });

        Assert.Equal(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), from?.From);
        Assert.Equal(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), changed?.To);
    }

    [Fact]
    public async Task AStartAfterTheEndIsIgnored()
    {
        var bar = Render(DashboardFilterBar.CustomPeriod);

        await Labelled(bar, "From").ChangeAsync(new() { Value = "2030-01-01" });

        Assert.Null(changed);
    }

    [Theory]
    [InlineData("To (inclusive)", "9999-12-31")]
    [InlineData("From", "0001-01-01")]
    [InlineData("From", "1899-12-31")]
    [InlineData("To (inclusive)", "3000-01-01")]
    public async Task ADateOutsideTheCalendarReportsCoverIsIgnored(string label, string date)
    {
        var bar = Render(DashboardFilterBar.CustomPeriod);

        await Labelled(bar, label).ChangeAsync(new() { Value = date });

        Assert.Null(changed);
    }

    [Fact]
    public async Task OnlyManagersFilterByRep()
    {
        await SignInAsync(DemoUsers.Marketing);

        var bar = Render(showReps: false);

        Assert.Contains(bar.FindAll("label"), l => l.TextContent.Trim() == "Industry");
        Assert.DoesNotContain(bar.FindAll("label"), l => l.TextContent.Trim() == "Rep");
    }
}

using Microsoft.AspNetCore.Components.Web;
using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Leads;

/// <summary>The lead list over the real keyset paging (LeadQueries) of a small demo workspace.</summary>
public class LeadsPageTests(DemoWorkspace app) : WorkspaceComponentTest(app), IClassFixture<DemoWorkspace>
{
    private async Task<IRenderedComponent<LeadsPage>> OpenAsync(DemoUser user)
    {
        await SignInAsync(user);
        RenderProviders();
        var page = Context.Render<LeadsPage>();
        page.WaitForAssertion(() => Assert.Equal(LeadsPage.PageSize, Scores(page).Count), TimeSpan.FromSeconds(10));
        return page;
    }

    private static List<int> Scores(IRenderedComponent<LeadsPage> page) =>
        page.FindAll("[data-testid=lead-score]").Select(s => int.Parse(s.TextContent)).ToList();

    private static List<string> Names(IRenderedComponent<LeadsPage> page) =>
        page.FindAll("a.lead-link").Select(a => a.TextContent).ToList();

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<LeadsPage> page, string name) =>
        page.FindAll("nav.pager button").Single(b => b.TextContent.Trim() == name);

    [Fact]
    public async Task AnSdrSeesTheirLeadsHighestScoreFirstOnPageOne()
    {
        var page = await OpenAsync(DemoUsers.Sdr);

        Assert.Equal("My leads", page.Find("h1").TextContent);
        Assert.Equal(Scores(page).OrderByDescending(s => s), Scores(page));
        Assert.Contains("leads · page 1", page.Find("[data-testid=lead-count]").TextContent);
        Assert.True(Button(page, "Previous").HasAttribute("disabled"));
    }

    [Fact]
    public async Task NextShowsTheFollowingLeadsAndPreviousGoesBackToTheSameOnes()
    {
        var page = await OpenAsync(DemoUsers.Sdr);
        var first = (Names(page), Scores(page));

        await Button(page, "Next").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("page 2", page.Find("[data-testid=lead-count]").TextContent), TimeSpan.FromSeconds(10));
        var second = (Names(page), Scores(page));

        Assert.True(second.Item2[0] <= first.Item2[^1], $"page 2 starts at {second.Item2[0]}, page 1 ended at {first.Item2[^1]}");
        Assert.Empty(second.Item1.Intersect(first.Item1));
        Assert.False(Button(page, "Previous").HasAttribute("disabled"));

        await Button(page, "Previous").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("page 1", page.Find("[data-testid=lead-count]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Equal(first.Item1, Names(page));
    }

    [Fact]
    public async Task AManagerSeesAllLeadsWithTheirOwners()
    {
        var page = await OpenAsync(DemoUsers.Manager);

        Assert.Equal("All leads", page.Find("h1").TextContent);
        Assert.Contains("Owner", page.FindAll("th").Select(th => th.TextContent.Trim()));
        Assert.Contains("Owner", page.FindAll("label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task TheExportLinkCarriesTheFilter()
    {
        var page = await OpenAsync(DemoUsers.Sdr);

        Assert.Equal("leads/export.csv", page.Find("a[download]").GetAttribute("href"));
    }
}

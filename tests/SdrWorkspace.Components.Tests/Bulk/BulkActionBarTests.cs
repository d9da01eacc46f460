using SdrWorkspace.Components.Tests.Infrastructure;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Components.Tests.Bulk;

/// <summary>Selecting leads in the list (rows, the page, all matching) and what the bar offers each role, over a small demo workspace.</summary>
public class BulkActionBarTests(DemoWorkspace app) : WorkspaceComponentTest(app), IClassFixture<DemoWorkspace>
{
    private async Task<IRenderedComponent<LeadsPage>> OpenAsync(DemoUser user)
    {
        await SignInAsync(user);
        RenderProviders();
        var page = Context.Render<LeadsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("a.lead-link")), TimeSpan.FromSeconds(10));
        return page;
    }

    private static string FirstLeadName(IRenderedComponent<LeadsPage> page) => page.FindAll("a.lead-link")[0].TextContent;

    private static string Count(IRenderedComponent<LeadsPage> page) => page.Find("[data-testid=bulk-count]").TextContent;

    private static List<string> ButtonTexts(IRenderedComponent<LeadsPage> page) =>
        page.FindAll("[aria-label='Selected leads'] button").Select(b => b.TextContent.Trim()).ToList();

    [Fact]
    public async Task NothingSelectedShowsNoBar()
    {
        var page = await OpenAsync(DemoUsers.Manager);

        Assert.Empty(page.FindAll("[aria-label='Selected leads']"));
    }

    [Fact]
    public async Task TickingRowsSelectsThemAndUntickingLetsThemGo()
    {
        var page = await OpenAsync(DemoUsers.Manager);
        var second = page.FindAll("a.lead-link")[1].TextContent;

        await page.TickAsync($"Select {FirstLeadName(page)}");
        await page.TickAsync($"Select {second}");
        page.WaitForAssertion(() => Assert.Equal("2 selected", Count(page)));
        await page.TickAsync($"Select {second}");

        page.WaitForAssertion(() => Assert.Equal("1 selected", Count(page)));
        Assert.True(page.Checkbox($"Select {FirstLeadName(page)}").IsTicked());
        Assert.False(page.Checkbox($"Select {second}").IsTicked());
    }

    [Fact]
    public async Task SelectingThePageOffersEveryLeadMatchingTheFilterAndSelectsThemAll()
    {
        var page = await OpenAsync(DemoUsers.Manager);
        var total = int.Parse(page.Find("[data-testid=lead-count]").TextContent.Split(' ')[0].Replace(",", ""));

        await page.TickAsync("Select all on this page");
        page.WaitForAssertion(() => Assert.Equal($"{LeadsPage.PageSize} selected", Count(page)));
        Assert.All(page.Checkboxes(), box => Assert.True(box.IsTicked()));
        await page.Find($"button:contains('Select all {total:N0} matching')").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal($"{total:N0} selected", Count(page)), TimeSpan.FromSeconds(10));
        Assert.Contains("All leads matching the filters are selected.", page.Markup);
        Assert.True(total > LeadsPage.PageSize);
    }

    [Fact]
    public async Task UntickingOneRowAfterSelectingAllMatchingKeepsTheRest()
    {
        var page = await OpenAsync(DemoUsers.Manager);
        await page.TickAsync("Select all on this page");
        await page.WaitForElement("button:contains('matching')").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("All leads matching", page.Markup), TimeSpan.FromSeconds(10));
        var all = int.Parse(Count(page).Split(' ')[0].Replace(",", ""));

        await page.TickAsync($"Select {FirstLeadName(page)}");

        page.WaitForAssertion(() => Assert.Equal($"{all - 1:N0} selected", Count(page)));
        Assert.DoesNotContain("All leads matching", page.Markup);
    }

    [Fact]
    public async Task ClearSelectionEmptiesItAndHidesTheBar()
    {
        var page = await OpenAsync(DemoUsers.Manager);
        await page.TickAsync("Select all on this page");

        await page.Find("button:contains('Clear selection')").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[aria-label='Selected leads']")));
        Assert.All(page.Checkboxes(), box => Assert.False(box.IsTicked()));
    }

    [Fact]
    public async Task AManagerMayReassignShareAndExportTheSelection()
    {
        var page = await OpenAsync(DemoUsers.Manager);

        await page.TickAsync($"Select {FirstLeadName(page)}");

        page.WaitForAssertion(() => Assert.Contains("Reassign", ButtonTexts(page)));
        Assert.Contains("Share", ButtonTexts(page));
        Assert.Contains("Export selected", ButtonTexts(page));
        Assert.NotNull(page.Find("[aria-label='Reassign selected']"));
    }

    [Theory]
    [InlineData("sdr@demo.local")]
    [InlineData("marketing@demo.local")]
    [InlineData("ae@demo.local")]
    [InlineData("admin@demo.local")]
    public async Task EveryoneElseMayOnlyExportTheSelection(string email)
    {
        var page = await OpenAsync(DemoUsers.All.Single(u => u.Email == email));

        await page.TickAsync($"Select {FirstLeadName(page)}");

        page.WaitForAssertion(() => Assert.Equal(["Clear selection", "Export selected"], ButtonTexts(page)));
        Assert.Empty(page.FindAll("[aria-label='Reassign selected'], [aria-label='Share selected']"));
    }
}

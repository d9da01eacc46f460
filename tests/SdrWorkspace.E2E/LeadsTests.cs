using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class LeadsTests(AppFixture app)
{
    [Fact]
    public async Task AnSdrSeesTheirLeadsHighestScoreFirst()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var leads = new LeadsListPage(page);
        await leads.OpenAsync();

        var scores = await leads.ScoresAsync();

        Assert.Equal(25, scores.Count);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        await Expect(leads.Count).ToContainTextAsync("leads · page 1");
    }

    [Fact]
    public async Task AnSdrOpensTheTopLeadAndSeesWhyItScoredAsItDid()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var leads = new LeadsListPage(page);
        await leads.OpenAsync();
        var topScore = (await leads.ScoresAsync())[0];
        var topName = await leads.LeadLinks.First.InnerTextAsync();

        await leads.LeadLinks.First.ClickAsync();

        var lead = new LeadDetailPage(page);
        await Expect(page).ToHaveURLAsync(new Regex(@"/leads/\d+$"));
        await Expect(lead.Heading).ToHaveTextAsync(topName);
        await Expect(lead.TotalScore).ToHaveTextAsync(topScore.ToString());
        await Expect(lead.Breakdown.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex("^Industry: ") })).ToBeVisibleAsync();
        await Expect(lead.Breakdown.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex("^Seniority: ") })).ToBeVisibleAsync();
        await Expect(lead.MqlVerdict).ToContainTextAsync("MQL");
        await Expect(lead.Timeline.Locator("li").First).ToBeVisibleAsync();
        await Expect(lead.History.GetByText(new Regex("^Created as Lead$"))).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheStageFilterNarrowsTheList()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var leads = new LeadsListPage(page);
        await leads.OpenAsync();
        await leads.ScoresAsync();

        await leads.FilterByStageAsync("SAL");

        await Expect(leads.StageBadges.First).ToHaveTextAsync("SAL");
        var stages = await leads.StageBadges.AllInnerTextsAsync();
        Assert.All(stages, s => Assert.Equal("SAL", s));
    }

    [Fact]
    public async Task NextPageShowsLowerScores()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var leads = new LeadsListPage(page);
        await leads.OpenAsync();
        var first = await leads.ScoresAsync();

        await leads.NextPageAsync();

        await Expect(leads.Count).ToContainTextAsync("page 2");
        var second = await leads.ScoresAsync();
        Assert.True(second[0] <= first[^1], $"page 2 starts at {second[0]}, page 1 ended at {first[^1]}");
    }

    [Fact]
    public async Task AnSdrCannotOpenAnotherSdrsLeadByItsAddress()
    {
        var other = await LoginPage.SignedInAsync(app, DemoAccounts.OtherSdr);
        var othersLead = new LeadsListPage(other);
        await othersLead.OpenAsync();
        await othersLead.LeadLinks.First.ClickAsync();
        await other.WaitForURLAsync(new Regex(@"/leads/\d+$"));
        var address = new Uri(other.Url).AbsolutePath;

        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        await page.GotoAsync(address);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lead not found" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AManagerSeesEveryonesLeadsWithTheirOwners()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);

        await page.GetByRole(AriaRole.Link, new() { Name = "All leads" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("All leads");
        // The demo set's 5,000 leads, plus the few a browser test may have imported meanwhile.
        await Expect(page.GetByTestId("lead-count")).ToContainTextAsync(new Regex(@"^5,0\d\d leads"));
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Owner" })).ToBeVisibleAsync();
    }
}

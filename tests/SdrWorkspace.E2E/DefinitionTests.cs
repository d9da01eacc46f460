using System.Globalization;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class DefinitionTests(AppFixture app)
{
    [Fact]
    public async Task AManagerLowersTheMqlThresholdPreviewsItAdoptsItAndSeesTheFunnelChange()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var dashboards = new DashboardsPage(page);
        await dashboards.OpenAsync();
        var mqlsBefore = await dashboards.ReachedAsync("MQL");
        var definition = new DefinitionPages(page);
        await definition.OpenAsync();

        await definition.StartDraftAsync("Lighter engagement for MQL");
        await definition.SetAsync("Minimum engagement", "15");
        await definition.PreviewAsync();
        await Expect(definition.WhatIfSummary).ToContainTextAsync("would change stage");
        var inMqlNow = int.Parse(await definition.StageCountNow("MQL").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var inMqlAfter = int.Parse(await definition.StageCountAfter("MQL").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.True(inMqlAfter > inMqlNow, $"the draft should make more MQLs ({inMqlNow} now, {inMqlAfter} with it)");
        await Expect(definition.WhatIfSummary).ToContainTextAsync($"would make {inMqlAfter:N0} leads MQL instead of {inMqlNow:N0}");
        await Expect(definition.LeadsThatWouldMove.First).ToContainTextAsync("MQL");
        await definition.AdoptAsync("Leads with lighter engagement convert well enough to hand to sales");

        await Expect(definition.Notice).ToContainTextAsync("Adopted as version");
        await Expect(definition.RescoreDone).ToContainTextAsync("re-scored under version", new() { Timeout = 120_000 });
        await dashboards.OpenAsync();
        var mqlsAfter = await dashboards.ReachedAsync("MQL");
        Assert.True(mqlsAfter > mqlsBefore, $"the funnel should show more MQLs ({mqlsBefore} before, {mqlsAfter} after)");
        await definition.OpenAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Differences" })).ToContainTextAsync("Min engagement");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Versions" })).ToContainTextAsync("Leads with lighter engagement convert well enough");
    }

    [Fact]
    public async Task MarketingProposesAChangeThatAManagerFindsReadyToAdopt()
    {
        var marketing = await LoginPage.SignedInAsync(app, DemoAccounts.Marketing);
        var proposing = new DefinitionPages(marketing);
        await proposing.OpenAsync();
        await proposing.StartDraftAsync("Keep demo requests warm for six weeks");
        await proposing.SetAsync("Hand-raise window (days)", "42");
        await Expect(proposing.AdoptButton).ToHaveCountAsync(0);
        await proposing.ProposeAsync("Demo requests from webinars close later than 30 days");
        await Expect(proposing.Notice).ToContainTextAsync("Proposed");

        var manager = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var reviewing = new DefinitionPages(manager);
        await reviewing.OpenAsync();
        var proposal = reviewing.Drafts.Filter(new() { HasText = "Keep demo requests warm for six weeks" });
        await Expect(proposal).ToContainTextAsync("Proposed");
        await Expect(proposal).ToContainTextAsync(DemoAccounts.Marketing);
        await proposal.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(manager.GetByLabel("Hand-raise window (days)")).ToHaveValueAsync("42");
        await Expect(manager.GetByText("Demo requests from webinars close later than 30 days")).ToBeVisibleAsync();
        await Expect(reviewing.AdoptButton).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AManagerPicksAPersonaAndAHandRaiseFromListsFixesTheFieldThatIsWrongAndSavesTheDraft()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        var definition = new DefinitionPages(page);
        await definition.OpenAsync();
        await definition.StartDraftAsync($"Individual contributors and webinars {Guid.NewGuid():N}");

        await definition.AddIcpValueAsync("Seniority", "Individual contributor");
        await definition.TypeIcpValueAsync("Industry", "<b>Space</b> مرحبا 🚀");
        await definition.ToggleAsync("Hand-raises", "Webinar attended");
        await definition.ToggleAsync("Hand-raises", "Email open");
        await Expect(definition.IcpValues("Seniority")).ToContainTextAsync("Individual contributor");
        await Expect(definition.IcpValues("Industry")).ToContainTextAsync("<b>Space</b> مرحبا 🚀");
        await definition.SaveAsync();

        await Expect(definition.FieldWithMessage("Hand-raises")).ToContainTextAsync("never a hand-raise");
        await Expect(definition.Problems).ToContainTextAsync("never a hand-raise");
        await definition.ToggleAsync("Hand-raises", "Email open");
        await definition.SaveAsync();

        await Expect(definition.Notice).ToContainTextAsync("Draft saved.");
        await Expect(definition.Problems).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await LoginPage.WaitUntilInteractiveAsync(page);
        await Expect(definition.IcpValues("Seniority")).ToContainTextAsync("Individual contributor");
        await Expect(definition.IcpValues("Industry")).ToContainTextAsync("<b>Space</b> مرحبا 🚀");
        await Expect(definition.Field("Hand-raises")).ToHaveValueAsync("Demo request, Meeting booked, Positive reply, Webinar attended");
        await Expect(page.GetByText("IndividualContributor")).ToHaveCountAsync(0);
        await definition.DiscardAsync();
        await Expect(definition.Notice).ToContainTextAsync("Draft discarded.");
    }
}

using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class HandoffTests(AppFixture app)
{
    [Fact]
    public async Task MarketingSeesTheReasonAnSdrGaveForRejectingAnMql()
    {
        var sdrPage = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var inbox = new MqlInboxPage(sdrPage);
        await inbox.OpenAsync();
        var mql = inbox.Items.First;
        var name = await inbox.NameOfAsync(mql);

        await inbox.RejectAsync(mql, "Bad data", "Phone number belongs to a reception desk");
        await Expect(inbox.Status).ToContainTextAsync($"{name} rejected (Bad data)");

        var marketingPage = await LoginPage.SignedInAsync(app, DemoAccounts.Marketing);
        var review = new MqlReviewPage(marketingPage);
        await review.OpenAsync();
        await review.ShowAsync("Last 12 months", "Rejected");
        var row = review.RowOf(name);
        await Expect(row).ToContainTextAsync("Bad data: Phone number belongs to a reception desk");
        await Expect(row).ToContainTextAsync("Rejected");
    }

    [Fact]
    public async Task AnAeAcceptsAHandedOverSqlAndTheLeadBecomesAnOpportunityAfterAnImpossibleValueIsRefused()
    {
        var sdrPage = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var leads = new LeadsListPage(sdrPage);
        await leads.OpenAsync();
        await leads.FilterByStageAsync("SQL");
        await Expect(leads.StageBadges.First).ToHaveTextAsync("SQL");
        var name = await leads.LeadLinks.First.InnerTextAsync();
        await leads.LeadLinks.First.ClickAsync();
        await sdrPage.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/leads/\\d+$"));
        await LoginPage.WaitUntilInteractiveAsync(sdrPage);
        var panel = new LeadHandOverPanel(sdrPage);
        await panel.HandToAsync("Chris Ortega");
        await Expect(panel.Notice).ToContainTextAsync("Handed to Chris Ortega");

        var aePage = await LoginPage.SignedInAsync(app, DemoAccounts.AccountExecutive);
        var handovers = new HandoversPage(aePage);
        await Expect(handovers.Heading).ToHaveTextAsync("Handovers");
        await handovers.OpenPackageAsync(name);
        await Expect(handovers.Heading).ToHaveTextAsync($"Handover: {name}");
        await Expect(handovers.BackToList).ToHaveAttributeAsync("href", "handovers");
        await Expect(aePage.GetByRole(AriaRole.Heading, new() { Name = "Qualifications" })).ToBeVisibleAsync();
        var closeOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2);

        await handovers.AcceptAsync(decimal.MaxValue, closeOn);
        await Expect(aePage.GetByText("The estimated value must be between")).ToBeVisibleAsync();
        await Expect(handovers.Status).Not.ToHaveTextAsync("Accepted");

        await handovers.AcceptAsync(42_000m, closeOn);
        await Expect(handovers.Status).ToHaveTextAsync("Accepted");
        await Expect(handovers.StageBadge).ToHaveTextAsync("Opportunity");
    }
}

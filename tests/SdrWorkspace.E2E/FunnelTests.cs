using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class FunnelTests(AppFixture app)
{
    [Fact]
    public async Task AManagerSeesTheFunnelNarrowFromLeadToOpportunity()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        await page.GotoAsync("/funnel");

        var reached = new List<int>();
        foreach (var stage in new[] { "Lead", "MQL", "SAL", "SQL", "Opportunity" })
            reached.Add(int.Parse((await page.GetByTestId($"reached-{stage}").InnerTextAsync()).Replace(",", "")));

        Assert.True(reached[0] > 0);
        Assert.Equal(reached.OrderByDescending(r => r), reached);
        await Expect(page.GetByText("against a benchmark of about 13%")).ToBeVisibleAsync();
    }
}

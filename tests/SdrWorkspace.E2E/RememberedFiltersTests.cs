using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>The queue keeps the filter its user left it with, through a reload and signing out and in.</summary>
[Collection(AppCollection.Name)]
public sealed class RememberedFiltersTests(AppFixture app)
{
    private const string Newest = "Newest";
    private const string Priority = "Priority (what deserves the next minute)";

    [Fact]
    public async Task AQueueFilterSurvivesAReloadAndSigningOutAndIn()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var sort = SortOf(page);
        try
        {
            await sort.ChooseAsync(page, Newest);

            await page.ReloadAsync();
            await LoginPage.WaitUntilInteractiveAsync(page);
            await Expect(SortOf(page)).ToHaveValueAsync(Newest);

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.EndsWith("/queue", StringComparison.Ordinal));
            // Back in the same browser: a new page would start the journey afresh (see AppFixture.NewPageAsync).
            var login = new LoginPage(page);
            await login.OpenAsync();
            await login.SignInAsync(DemoAccounts.Sdr);
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
            await LoginPage.WaitUntilInteractiveAsync(page);
            await Expect(SortOf(page)).ToHaveValueAsync(Newest);
        }
        finally
        {
            // Other journeys open the demo SDR's queue in its usual order.
            await SortOf(page).ChooseAsync(page, Priority);
        }
    }

    private static ILocator SortOf(IPage page) =>
        page.GetByRole(AriaRole.Search, new() { Name = "Filter the queue" }).GetByRole(AriaRole.Combobox, new() { Name = "Sort" });
}

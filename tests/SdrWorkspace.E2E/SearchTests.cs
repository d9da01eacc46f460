using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>Finding a lead from anywhere with the app bar's search.</summary>
[Collection(AppCollection.Name)]
public sealed class SearchTests(AppFixture app)
{
    [Fact]
    public async Task AnSdrFindsALeadByCompanyInTheSearchBoxAndOpensIt()
    {
        var company = $"Searchwell {Guid.NewGuid().ToString("N")[..8]}";
        using var api = new IngestionApi(app.Server.BaseUrl);
        var leadId = await api.UpsertLeadAsync(new
        {
            email = $"finder-{Guid.NewGuid():N}@searchwell.test", firstName = "Imogen", lastName = "Findley", title = "VP of Sales",
            company = new { name = company, domain = $"{Guid.NewGuid():N}.test" },
        });
        await DemoSdrLeads.HandToDemoSdrAsync(app, leadId);
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var search = new GlobalSearchBox(page);

        await search.FocusWithKeyAsync();
        await page.Keyboard.TypeAsync(company.ToLowerInvariant());

        await Expect(search.Hits.First).ToContainTextAsync("Imogen Findley");
        await Expect(search.Hits.First).ToContainTextAsync("Sam Rivera");
        await Expect(search.Hits.Nth(1)).ToContainTextAsync(new Regex($@"{Regex.Escape(company)}\s*Account · 1 lead"));
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex($"/leads/{leadId}$"));
        await Expect(new LeadDetailPage(page).Heading).ToHaveTextAsync("Imogen Findley");
    }
}

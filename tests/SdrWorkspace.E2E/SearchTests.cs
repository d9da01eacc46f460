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
        await HandToTheDemoSdrAsync(leadId);
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);
        var search = new GlobalSearchBox(page);

        await search.FocusWithKeyAsync();
        await page.Keyboard.TypeAsync(company.ToLowerInvariant());

        await Expect(search.Hits.First).ToContainTextAsync("Imogen Findley");
        await Expect(search.Hits.First).ToContainTextAsync("Sam Rivera");
        await Expect(search.Hits.Nth(1)).ToContainTextAsync($"{company}Account · 1 lead");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex($"/leads/{leadId}$"));
        await Expect(new LeadDetailPage(page).Heading).ToHaveTextAsync("Imogen Findley");
    }

    /// <summary>New leads go round robin to any SDR; a manager gives this one to the demo SDR, as QueueTests does.</summary>
    private async Task HandToTheDemoSdrAsync(int leadId)
    {
        var manager = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        await manager.GotoAsync($"/leads/{leadId}");
        await LoginPage.WaitUntilInteractiveAsync(manager);
        await manager.GetByRole(AriaRole.Group, new() { Name = "Reassign" }).GetByRole(AriaRole.Combobox, new() { Name = "New owner" }).ClickAsync();
        await manager.GetByRole(AriaRole.Option, new() { Name = "Sam Rivera" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Reassign" }).ClickAsync();
        await Expect(manager.GetByText("Reassigned to Sam Rivera.")).ToBeVisibleAsync();
        await manager.CloseAsync();
    }
}

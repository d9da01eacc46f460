using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

/// <summary>
/// Users the admin creates for the test itself (never a demo user, whom other tests sign in as): one sets their
/// password through the link and signs in; an SDR given leads is deactivated and their leads move.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class UserAdministrationTests(AppFixture app)
{
    [Fact]
    public async Task AnAdminCreatesAUserWhoSetsTheirPasswordThroughTheLinkAndSignsIn()
    {
        var admin = await LoginPage.SignedInAsync(app, DemoAccounts.Admin);
        var users = new UsersAdminPage(admin);
        await users.OpenAsync();
        var email = $"new.marketer.{Guid.NewGuid():N}@example.com";
        const string password = "Chosen-Passw0rd-2026!";

        var link = await users.CreateUserAsync("Nia Okafor", email, "Marketing");

        var newcomer = await app.NewPageAsync();
        await newcomer.GotoAsync(link);
        var setPassword = new SetPasswordPage(newcomer);
        await setPassword.SetAsync(password);
        await Expect(setPassword.Status).ToContainTextAsync("Your password is set.");
        await setPassword.SignInLink.ClickAsync();
        await new LoginPage(newcomer).SignInAsync(email, password);
        await Expect(newcomer).ToHaveURLAsync(new Uri(app.Server.BaseUrl, "/dashboards").ToString());
        await Expect(newcomer.GetByTestId("current-user")).ToHaveTextAsync(email);
        await Expect(users.AdminActions).ToContainTextAsync("User created");
    }

    [Fact]
    public async Task DeactivatingAnSdrHandsTheirOpenLeadsToTheNamedSdr()
    {
        var admin = await LoginPage.SignedInAsync(app, DemoAccounts.Admin);
        var users = new UsersAdminPage(admin);
        await users.OpenAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = $"Leaving Sdr {suffix}";
        var email = $"leaving.sdr.{suffix}@example.com";
        await users.CreateUserAsync(name, email, "SDR");
        using var api = new IngestionApi(app.Server.BaseUrl);
        var leadIds = new List<int>();
        for (var i = 0; i < 2; i++)
            leadIds.Add(await api.UpsertLeadAsync(new { email = $"handed.on.{suffix}.{i}@example.com", firstName = "Handed", lastName = $"On {i}", title = "VP of Sales" }));
        var manager = await LoginPage.SignedInAsync(app, DemoAccounts.Manager);
        foreach (var leadId in leadIds)
        {
            // Round robin may already have given it to the new SDR, who has the fewest leads.
            if (await DemoSdrLeads.OwnerOnceAssignedAsync(app, leadId) != email)
                await ReassignAsync(manager, leadId, name);
        }

        await users.OpenAsync();
        await users.DeactivateHandingLeadsToAsync(email, "Jordan Blake");

        await Expect(admin.GetByText($"{name} is deactivated. 2 open leads moved.")).ToBeVisibleAsync();
        await Expect(users.RowOf(email)).ToContainTextAsync("Deactivated");
        foreach (var leadId in leadIds)
            Assert.Equal("jordan.blake@demo.local", await api.OwnerOfLeadAsync(leadId));
        await Expect(users.AdminActions).ToContainTextAsync("2 open leads moved, to Jordan Blake");
    }

    private static async Task ReassignAsync(IPage manager, int leadId, string sdrName)
    {
        await manager.GotoAsync($"/leads/{leadId}");
        await LoginPage.WaitUntilInteractiveAsync(manager);
        await manager.GetByRole(AriaRole.Group, new() { Name = "Reassign" }).GetByRole(AriaRole.Combobox, new() { Name = "New owner" }).ClickAsync();
        await manager.GetByRole(AriaRole.Option, new() { Name = sdrName, Exact = true }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Reassign" }).ClickAsync();
        await Expect(manager.GetByText($"Reassigned to {sdrName}.")).ToBeVisibleAsync();
    }
}

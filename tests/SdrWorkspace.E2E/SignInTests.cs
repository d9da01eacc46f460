using Microsoft.Playwright;
using SdrWorkspace.E2E.Infrastructure;
using SdrWorkspace.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace SdrWorkspace.E2E;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture app)
{
    [Theory]
    [InlineData(DemoAccounts.Sdr, "/queue", "My queue")]
    [InlineData(DemoAccounts.AccountExecutive, "/handovers", "Handovers")]
    [InlineData(DemoAccounts.Manager, "/dashboards", "Dashboards")]
    [InlineData(DemoAccounts.Marketing, "/dashboards", "Dashboards")]
    [InlineData(DemoAccounts.Admin, "/admin/users", "Users")]
    public async Task EachRoleLandsOnItsStartPage(string email, string path, string heading)
    {
        var page = await LoginPage.SignedInAsync(app, email);

        await Expect(page).ToHaveURLAsync(new Uri(app.Server.BaseUrl, path).ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync(email);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithAMessage()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();

        await login.SignInAsync(DemoAccounts.Marketing, "not-the-password");

        await Expect(login.Error).ToHaveTextAsync("The email or password is not right.");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }

    [Fact]
    public async Task AnEmptyFormShowsWhatIsMissing()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByText("Enter your email address.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Enter your password.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AVisitorIsSentToSignInAndBackToThePageAskedFor()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync("/mql-review");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await new LoginPage(page).SignInAsync(DemoAccounts.Manager);

        await Expect(page).ToHaveURLAsync(new Uri(app.Server.BaseUrl, "/mql-review").ToString());
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await page.GotoAsync("/leads");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }

    [Fact]
    public async Task AnSdrSeesNoAdminMenuAndIsDeniedTheAdminPage()
    {
        var page = await LoginPage.SignedInAsync(app, DemoAccounts.Sdr);

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByText("Users")).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/users");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
    }
}

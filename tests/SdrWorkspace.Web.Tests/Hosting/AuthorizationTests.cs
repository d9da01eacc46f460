using System.Net;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Hosting;

/// <summary>Who may open which page: a signed-in user for everything but health and sign-in, and the role a page asks for.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class AuthorizationTests(DemoWorkspace app)
{
    [Fact]
    public async Task HealthAnswersHealthyWithoutSigningIn()
    {
        using var browser = app.CreateBrowser();

        using var health = await browser.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APageSendsAnAnonymousVisitorToSignInAndBack()
    {
        using var browser = app.CreateBrowser();

        using var leads = await browser.GetAsync("/leads");

        Assert.Equal(HttpStatusCode.Redirect, leads.StatusCode);
        Assert.Equal(LoginForm.Path, leads.Headers.Location?.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Fleads", leads.Headers.Location?.Query);
    }

    public static TheoryData<DemoUser, string, string> StartPages => new()
    {
        { DemoUsers.Sdr, "/queue", ">My queue</h1>" },
        { DemoUsers.AccountExecutive, "/handovers", ">Handovers</h1>" },
        { DemoUsers.Manager, "/dashboards", ">Dashboards</h1>" },
        { DemoUsers.Marketing, "/dashboards", ">Dashboards</h1>" },
        { DemoUsers.Admin, "/admin/users", ">Users</h1>" },
    };

    [Theory]
    [MemberData(nameof(StartPages))]
    public async Task EachRoleIsSentToItsStartPageAndCanOpenIt(DemoUser user, string startPage, string heading)
    {
        using var browser = await app.SignedInBrowserAsync(user);

        using var home = await browser.GetAsync("/");
        using var page = await browser.GetAsync(startPage);

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(startPage, home.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(heading, await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/funnel")]
    [InlineData("/admin/users")]
    public async Task AnSdrIsShownAccessDeniedForAnotherRolesPage(string page)
    {
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);

        using var response = await browser.GetAsync(page);
        using var denied = await browser.GetAsync(response.Headers.Location);

        // The authorization middleware answers before Blazor's router would: the cookie handler's access-denied page.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/AccessDenied", response.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, denied.StatusCode);
        var content = await denied.Content.ReadAsStringAsync();
        Assert.Contains(">Access denied</h1>", content);
        Assert.DoesNotContain("<h1>Funnel</h1>", content);
        Assert.DoesNotContain(">Users</h1>", content);
    }
}

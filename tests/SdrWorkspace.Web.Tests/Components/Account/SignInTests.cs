using System.Net;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Components.Account;

/// <summary>Signing in and out through the real static pages, as a browser without JavaScript would.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class SignInTests(DemoWorkspace app)
{
    private const string WrongPassword = "Not-The-Passw0rd!";

    [Fact]
    public async Task TheRightPasswordSetsTheAuthCookieAndOpensTheStartPage()
    {
        using var browser = app.CreateBrowser();

        using var signIn = await LoginForm.SubmitAsync(browser, DemoUsers.Sdr.Email, app.DemoPassword);
        using var home = await browser.GetAsync("/");
        using var startPage = await browser.GetAsync(home.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.AbsolutePath);
        Assert.True(LoginForm.SetsAuthCookie(signIn));
        // The home page sends each role on to where its work is.
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/queue", home.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, startPage.StatusCode);
    }

    [Fact]
    public async Task AWrongPasswordShowsTheErrorAndDoesNotSignIn()
    {
        var user = await app.AddUserAsync(Roles.Sdr);
        using var browser = app.CreateBrowser();

        using var signIn = await LoginForm.SubmitAsync(browser, user.Email, WrongPassword);
        using var leads = await browser.GetAsync("/leads");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("The email or password is not right.", await signIn.Content.ReadAsStringAsync());
        Assert.False(LoginForm.SetsAuthCookie(signIn));
        Assert.Equal(HttpStatusCode.Redirect, leads.StatusCode);
        Assert.Equal(LoginForm.Path, leads.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountSoEvenTheRightOneFails()
    {
        var user = await app.AddUserAsync(Roles.Sdr);
        using var browser = app.CreateBrowser();
        for (var attempt = 0; attempt < 5; attempt++)
            (await LoginForm.SubmitAsync(browser, user.Email, WrongPassword)).Dispose();

        using var signIn = await LoginForm.SubmitAsync(browser, user.Email, app.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Too many failed attempts: this account is locked for 15 minutes.", await signIn.Content.ReadAsStringAsync());
        Assert.False(LoginForm.SetsAuthCookie(signIn));
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);
        // The sign-out button is a form in the layout, with its own antiforgery token.
        var page = await browser.GetStringAsync("/leads");

        using var signOut = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(page),
        }));
        using var leads = await browser.GetAsync("/leads");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(LoginForm.Path, signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, leads.StatusCode);
        Assert.Equal(LoginForm.Path, leads.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task SigningOutWithoutTheAntiforgeryTokenIsRefused()
    {
        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);

        using var signOut = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));
        using var leads = await browser.GetAsync("/leads");

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leads.StatusCode);
    }
}

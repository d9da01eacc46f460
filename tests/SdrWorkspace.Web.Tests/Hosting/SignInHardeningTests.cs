using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Hosting;

/// <summary>
/// Signing in and out against hostile callers: return addresses that lead off the site, a cookie replayed
/// after sign-out or deactivation, and answers that would tell an unknown or deactivated account apart.
/// </summary>
public class SignInHardeningTests(CountedPasswordsWorkspace app) : IClassFixture<CountedPasswordsWorkspace>
{
    private const string WrongPassword = "Not-The-Passw0rd!";
    private const string Generic = "The email or password is not right.";

    public static TheoryData<string> ForeignReturnAddresses =>
    [
        "https://example.com/x",
        "http:example.com",
        "//example.com",
        "///example.com",
        "/\\example.com",
        "\\\\example.com",
        "javascript:alert(1)",
        "%2F%2Fexample.com",
        "/\t/example.com",
        "/\r\n/example.com",
        " //example.com",
        "https://example.com/" + new string('a', 10_000),
        "/" + new string('a', 10_000),
    ];

    [Theory]
    [MemberData(nameof(ForeignReturnAddresses))]
    public async Task ASignInWithAReturnAddressOffTheSiteSignsInAndLandsOnTheStartPage(string returnUrl)
    {
        var user = await app.AddUserAsync(Roles.Sdr);
        using var browser = app.CreateBrowser();

        using var signIn = await SubmitAsync(browser, user.Email, app.DemoPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("localhost", signIn.Headers.Location?.Host);
        Assert.Equal("/", signIn.Headers.Location?.AbsolutePath);
        Assert.True(LoginForm.SetsAuthCookie(signIn));
    }

    [Fact]
    public async Task ASignInWithAReturnAddressInTheAppGoesBackThere()
    {
        var user = await app.AddUserAsync(Roles.Sdr);
        using var browser = app.CreateBrowser();

        using var signIn = await SubmitAsync(browser, user.Email, app.DemoPassword, "/leads?stage=MQL");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/leads?stage=MQL", signIn.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task TheSignInCookieReplayedAfterSigningOutIsRefused()
    {
        var user = await app.AddUserAsync(Roles.Sdr);
        using var browser = app.CreateBrowser();
        using var signIn = await LoginForm.SubmitAsync(browser, user.Email, app.DemoPassword);
        var cookie = AuthCookieOf(signIn);
        var page = await browser.GetStringAsync("/leads");

        using var signOut = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(page),
        }));
        using var replayed = await GetWithCookieAsync("/leads", cookie);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal(LoginForm.Path, replayed.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task ADeactivatedUsersExistingCookieStopsWorking()
    {
        var user = await app.AddUserAsync(Roles.Sdr);
        using var browser = app.CreateBrowser();
        using var signIn = await LoginForm.SubmitAsync(browser, user.Email, app.DemoPassword);
        var cookie = AuthCookieOf(signIn);
        using var before = await GetWithCookieAsync("/leads", cookie);

        await DeactivateAsync(user.Email);
        using var after = await GetWithCookieAsync("/leads", cookie);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(LoginForm.Path, after.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task AnUnknownEmailAWrongPasswordAndADeactivatedAccountWithAWrongPasswordGetTheSameAnswer()
    {
        var known = await app.AddUserAsync(Roles.Sdr);
        var deactivated = await app.AddUserAsync(Roles.Sdr);
        await DeactivateAsync(deactivated.Email);

        var answers = new[]
        {
            await AnswerToAsync($"nobody-{Guid.NewGuid():N}@demo.local", WrongPassword),
            await AnswerToAsync(known.Email, WrongPassword),
            await AnswerToAsync(deactivated.Email, WrongPassword),
        };

        Assert.All(answers, answer =>
        {
            Assert.Contains(Generic, answer);
            Assert.DoesNotContain("deactivated", answer);
        });
    }

    [Fact]
    public async Task ADeactivatedAccountWithTheRightPasswordIsToldSoAndNotSignedIn()
    {
        var user = await app.AddUserAsync(Roles.Sdr);
        await DeactivateAsync(user.Email);
        using var browser = app.CreateBrowser();

        using var signIn = await LoginForm.SubmitAsync(browser, user.Email, app.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("This account has been deactivated.", await signIn.Content.ReadAsStringAsync());
        Assert.False(LoginForm.SetsAuthCookie(signIn));
    }

    [Fact]
    public async Task AnUnknownEmailCostsThePasswordCheckAKnownOneDoes()
    {
        var known = await app.AddUserAsync(Roles.Sdr);

        var forKnown = await PasswordChecksDuringAsync(() => AnswerToAsync(known.Email, WrongPassword));
        var forUnknown = await PasswordChecksDuringAsync(() => AnswerToAsync($"nobody-{Guid.NewGuid():N}@demo.local", WrongPassword));

        Assert.Equal(1, forKnown);
        Assert.Equal(forKnown, forUnknown);
    }

    private async Task<int> PasswordChecksDuringAsync(Func<Task> signIn)
    {
        var before = app.PasswordChecks;
        await signIn();
        return app.PasswordChecks - before;
    }

    /// <summary>The sign-in page as answered to these credentials.</summary>
    private async Task<string> AnswerToAsync(string email, string password)
    {
        using var browser = app.CreateBrowser();
        using var response = await LoginForm.SubmitAsync(browser, email, password);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string email, string password, string returnUrl)
    {
        var path = $"{LoginForm.Path}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var form = await browser.GetStringAsync(path);
        return await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = LoginForm.AntiforgeryToken(form),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    private static string AuthCookieOf(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(LoginForm.AuthCookie + "=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>A request from a client that keeps no cookies of its own: only the one given.</summary>
    private async Task<HttpResponseMessage> GetWithCookieAsync(string path, string cookie)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private async Task DeactivateAsync(string email)
    {
        await using var db = app.CreateDbContext();
        await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false));
    }
}

/// <summary>An app without demo data whose password hasher counts every password it verifies.</summary>
public sealed class CountedPasswordsWorkspace() : SdrWorkspaceFactory(DemoDataSize.None)
{
    private int _passwordChecks;

    public int PasswordChecks => Volatile.Read(ref _passwordChecks);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IPasswordHasher<AppUser>>(provider =>
            new CountingPasswordHasher(new PasswordHasher<AppUser>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>()),
                () => Interlocked.Increment(ref _passwordChecks))));
    }

    private sealed class CountingPasswordHasher(IPasswordHasher<AppUser> inner, Action counted) : IPasswordHasher<AppUser>
    {
        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            counted();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

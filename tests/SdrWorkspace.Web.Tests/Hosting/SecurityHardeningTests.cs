using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Hosting;

/// <summary>Identity beyond the defaults: password length, cookie flags, security headers, antiforgery on forms.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class SecurityHardeningTests(DemoWorkspace app)
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/leads")]
    [InlineData("/api/v1/leads")]
    [InlineData("/assets/app.css")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task TheSignInCookieIsHttpOnlySameSiteAndSecureOverHttps()
    {
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });

        using var signIn = await LoginForm.SubmitAsync(browser, DemoUsers.Marketing.Email, app.DemoPassword);

        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(LoginForm.AuthCookie + "=", StringComparison.Ordinal))
            .ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("secure", cookie);
    }

    [Fact]
    public async Task OutsideDevelopmentTheSignInAndAntiforgeryCookiesAreSentOverHttpsOnly()
    {
        await using var production = new SdrWorkspaceFactory(DemoDataSize.None)
            .WithWebHostBuilder(b => b.UseEnvironment(Environments.Production));

        var auth = production.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var antiforgery = production.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>().Value;

        Assert.Equal(CookieSecurePolicy.Always, auth.Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, antiforgery.Cookie.SecurePolicy);
        Assert.True(auth.Cookie.HttpOnly);
    }

    [Theory]
    [InlineData("Short-Pas1!")]
    [InlineData("")]
    public async Task APasswordShorterThanTwelveCharactersIsRefused(string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"short-{Guid.NewGuid():N}@demo.local";

        var created = await users.CreateAsync(new AppUser { UserName = email, Email = email, DisplayName = "Short" }, password);

        Assert.False(created.Succeeded);
        Assert.Contains(created.Errors, e => e.Code == nameof(IdentityErrorDescriber.PasswordTooShort));
        Assert.Null(await users.FindByEmailAsync(email));
    }

    [Fact]
    public async Task ASignInPostedWithoutTheAntiforgeryTokenIsRefused()
    {
        using var browser = app.CreateBrowser();
        await browser.GetStringAsync(LoginForm.Path);

        using var signIn = await browser.PostAsync(LoginForm.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = DemoUsers.Sdr.Email,
            ["Input.Password"] = app.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(LoginForm.SetsAuthCookie(signIn));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing from {response.RequestMessage?.RequestUri}");
}

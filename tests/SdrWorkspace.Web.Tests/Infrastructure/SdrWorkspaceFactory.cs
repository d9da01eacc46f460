using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Identity;
using SdrWorkspace.Data.Seeding;

namespace SdrWorkspace.Web.Tests.Infrastructure;

/// <summary>
/// The real app, in Development, over a fresh SQLite file of its own, with a clock stopped at
/// <see cref="Now"/> so the seeded demo data is the same on every run.
/// </summary>
public class SdrWorkspaceFactory(DemoDataSize demoData) : WebApplicationFactory<Program>
{
    /// <summary>The fixed "now" of the app under test.</summary>
    public static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private readonly TemporaryDatabase _database = new();

    public TemporaryDatabase Database => _database;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(Now));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development, so the root appsettings.Development.json is loaded too: these settings must win over it.
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting($"ConnectionStrings:{DependencyInjection.ConnectionStringName}", _database.ConnectionString);
        builder.UseSetting($"{DemoDataOptions.Section}:{nameof(DemoDataOptions.Enabled)}", demoData.Enabled.ToString());
        if (demoData.Leads is { } leads)
            builder.UseSetting($"{DemoDataOptions.Section}:{nameof(DemoDataOptions.Leads)}", leads.ToString());
        if (demoData.Accounts is { } accounts)
            builder.UseSetting($"{DemoDataOptions.Section}:{nameof(DemoDataOptions.Accounts)}", accounts.ToString());

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(_clock);
        });
    }

    /// <summary>A client that behaves like a browser: keeps cookies, and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser signed in through the real login form as the given user.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(DemoUser user)
    {
        var browser = CreateBrowser();
        using var response = await LoginForm.SubmitAsync(browser, user.Email, DemoPassword);
        if (!LoginForm.SetsAuthCookie(response))
            throw new InvalidOperationException($"{user.Email} could not sign in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return browser;
    }

    /// <summary>A new user of the given role, with the demo password, for a test that changes the user (lockout).</summary>
    public async Task<DemoUser> AddUserAsync(string role)
    {
        var demo = new DemoUser($"test-{Guid.NewGuid():N}@demo.local", "Test User", role);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName };
        var created = await users.CreateAsync(user, DemoPassword);
        if (created.Succeeded)
            created = await users.AddToRoleAsync(user, role);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        return demo;
    }

    public string DemoPassword => Services.GetRequiredService<IOptions<DemoDataOptions>>().Value.Password;

    /// <summary>The principal the app builds for a user at sign-in, for calling feature services directly.</summary>
    public async Task<ClaimsPrincipal> PrincipalOfAsync(DemoUser demo)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var user = await users.FindByEmailAsync(demo.Email) ?? throw new InvalidOperationException($"No user {demo.Email}.");
        return await signIn.CreateUserPrincipalAsync(user);
    }

    /// <summary>A context of the test's own over the app's database file (the app is started first), for independent checks.</summary>
    public SdrDbContext CreateDbContext()
    {
        _ = Services;
        return _database.CreateContext();
    }

    /// <summary>A plain connection to the app's database file (the app is started first), without the app's pragmas.</summary>
    public SqliteConnection OpenRawConnection()
    {
        _ = Services;
        return _database.OpenRawConnection();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}

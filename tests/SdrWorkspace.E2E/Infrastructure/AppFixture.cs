using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace SdrWorkspace.E2E.Infrastructure;

/// <summary>One app process and one headless Chromium for the whole browser suite; a fresh context per test.</summary>
public class AppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IReadOnlyDictionary<string, string>? _settings;
    private readonly string? _connectionOptions;
    private IPlaywright? _playwright;

    public AppFixture()
    {
    }

    /// <summary>For a server of its own, started with these settings (see <see cref="AppServer.StartAsync"/>).</summary>
    protected AppFixture(IReadOnlyDictionary<string, string>? settings, string? connectionOptions)
    {
        _settings = settings;
        _connectionOptions = connectionOptions;
    }

    public AppServer Server { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Server = await AppServer.StartAsync(_settings, _connectionOptions);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A new browser context signed in as nobody. The users' remembered list and queue filters are forgotten first: the
    /// journeys share one database, and a filter one journey left must not narrow what the next one sees.
    /// </summary>
    /// <param name="colorScheme">The operating system's light or dark setting, as the browser reports it to the page.</param>
    public async Task<IPage> NewPageAsync(ColorScheme colorScheme = ColorScheme.Light)
    {
        await ForgetRememberedFiltersAsync();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseUrl.ToString(), ColorScheme = colorScheme });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private async Task ForgetRememberedFiltersAsync()
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = Server.DatabasePath, Pooling = false, DefaultTimeout = 30 };
        await using var db = new SqliteConnection(connection.ToString());
        await db.OpenAsync();
        await using var forget = db.CreateCommand();
        forget.CommandText = "DELETE FROM CurrentFilters";
        await forget.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server is not null)
            await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}

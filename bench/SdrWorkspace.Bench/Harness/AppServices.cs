using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Features.Funnel;
using SdrWorkspace.Web.Features.Ingestion;
using SdrWorkspace.Web.Features.Leads;
using SdrWorkspace.Web.Features.Queue;
using SdrWorkspace.Web.Features.Scoring;
using SdrWorkspace.Web.Features.Search;
using SdrWorkspace.Web.Features.Shared;

namespace SdrWorkspace.Bench.Harness;

/// <summary>
/// The app's own services over the benchmark's database, wired as the app wires them (the data layer's
/// registration, the feature services as singletons over the context factory), without the web host
/// or its background jobs, so a figure is the service's cost alone.
/// </summary>
public sealed class AppServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public AppServices(string databasePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{DependencyInjection.ConnectionStringName}"] = $"Data Source={databasePath}" })
            // The same settings as the app process gets (AppProcess), e.g. BENCH_APP_Ingestion__GroupRows=500.
            .AddEnvironmentVariables(AppProcess.SettingsPrefix)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddData(configuration, AppContext.BaseDirectory)
            .AddSingleton<LeadChangeFeed>()
            .AddSingleton<LeadScoring>()
            .AddSingleton<QueueService>()
            .AddSingleton<LeadQueries>()
            .AddSingleton<FunnelQueries>()
            .AddSingleton<LeadIngestion>()
            .AddSingleton<IngestionWriter>()
            .AddSingleton<SearchQueries>();
        services.AddOptions<IngestionWriterOptions>().BindConfiguration(IngestionWriterOptions.Section);
        _provider = services.BuildServiceProvider();
    }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public DefinitionStore Definitions => Get<DefinitionStore>();

    public static ClaimsPrincipal Sdr(string userId) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, Roles.Sdr)], "bench"));

    public static ClaimsPrincipal Manager() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "bench-manager"), new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, Roles.Manager)], "bench"));

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

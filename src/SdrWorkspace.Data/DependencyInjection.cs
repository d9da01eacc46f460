using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Data.Sqlite;

namespace SdrWorkspace.Data;

public static class DependencyInjection
{
    public const string ConnectionStringName = "SdrWorkspace";

    /// <param name="baseDirectory">Where a relative database path points from (the app's content root).</param>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        var connectionString = ResolveDataSource(
            configuration.GetConnectionString(ConnectionStringName)
                ?? throw new InvalidOperationException($"Connection string 'ConnectionStrings:{ConnectionStringName}' is not set."),
            baseDirectory);

        // A context per operation (Blazor circuits are long-lived and concurrent); the scoped context
        // that Identity needs comes from the same factory.
        services.AddDbContextFactory<SdrDbContext>(options => Configure(options, connectionString));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SdrDbContext>>().CreateDbContext());

        services.AddSingleton<DefinitionStore>();
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options.UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmas(), UnreadableValues.Instance);
    }

    /// <summary>The database file's path, so start-up can create its folder.</summary>
    public static string? DataSourceOf(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    /// <summary>A relative file path is taken from the base directory, not from wherever the process was started.</summary>
    private static string ResolveDataSource(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        return builder.ToString();
    }
}

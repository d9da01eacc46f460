using SdrWorkspace.Data.Seeding;

namespace SdrWorkspace.Web.Hosting;

internal static class DatabaseStartup
{
    /// <summary>Creates and migrates the database file, and seeds demo data when DemoData:Enabled is set.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}

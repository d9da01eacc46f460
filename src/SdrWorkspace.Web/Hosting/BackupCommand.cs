using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;
using SdrWorkspace.Data.Sqlite;

namespace SdrWorkspace.Web.Hosting;

/// <summary>
/// <c>SdrWorkspace.Web backup &lt;file&gt;</c>: an online backup of the configured database, taken while the app
/// runs (same configuration as the app, so the same file). See docs/RELIABILITY.md.
/// </summary>
internal static class BackupCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "backup";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("Usage: SdrWorkspace.Web backup <file>");
            return 2;
        }
        var target = Path.GetFullPath(args[1]);
        try
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<SdrDbContext>>().CreateDbContextAsync();
            // Opening a missing file would create an empty database, and back that up.
            var source = DependencyInjection.DataSourceOf(db.Database.GetConnectionString()!);
            if (source is null || !File.Exists(source))
            {
                await Console.Error.WriteLineAsync($"There is no database at {source}; check ConnectionStrings:{DependencyInjection.ConnectionStringName}.");
                return 1;
            }
            var integrity = await DatabaseBackup.WriteAsync(db, target);
            Console.WriteLine($"Backed up to {target} ({new FileInfo(target).Length:N0} bytes); integrity check: {integrity}");
            return integrity == "ok" ? 0 : 1;
        }
        catch (Exception e) when (e is IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            await Console.Error.WriteLineAsync($"Backup failed: {e.Message}");
            return 1;
        }
    }
}

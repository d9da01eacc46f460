using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Reliability;

/// <summary>The durability level docs/decisions/0005-durability.md promises is the one every connection gets.</summary>
[Collection(DemoWorkspaceCollection.Name)]
public class DurabilitySettingsTests(DemoWorkspace app)
{
    [Fact]
    public async Task EveryConnectionRunsInWalModeWithFullSyncAndWaitsThirtySecondsForTheLock()
    {
        await using var db = app.CreateDbContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(db, "synchronous")); // 2 = FULL
        Assert.Equal("30000", await PragmaAsync(db, "busy_timeout"));
        Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
    }

    private static async Task<string> PragmaAsync(SdrWorkspace.Data.SdrDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

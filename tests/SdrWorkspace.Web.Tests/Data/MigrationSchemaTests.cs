using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Data;

/// <summary>
/// The first migrations were hand-written, before the model snapshot existed: these tests catch the
/// model drifting from the snapshot (a schema change made without `dotnet ef migrations add`) and the
/// migrations drifting from the model.
/// </summary>
public class MigrationSchemaTests
{
    [Fact]
    public async Task TheModelSnapshotHoldsEveryChangeOfTheModel()
    {
        using var file = new TemporaryDatabase();
        await using var db = file.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add <Name> --project src/SdrWorkspace.Data`.");
    }

    [Fact]
    public async Task MigratedSchemaMatchesTheModel()
    {
        using var migratedFile = new TemporaryDatabase();
        using var modelFile = new TemporaryDatabase();
        await using var migrated = migratedFile.CreateContext();
        await using var model = modelFile.CreateContext();

        await migrated.Database.MigrateAsync();
        // EnsureCreated builds the schema straight from the model; allowed here, never in the app.
        await model.Database.EnsureCreatedAsync();

        var fromModel = await ReadSchemaAsync(model);
        var fromMigration = await ReadSchemaAsync(migrated);
        Assert.Contains("table Leads", fromMigration);
        AssertSame(fromModel, fromMigration);
    }

    private static void AssertSame(IReadOnlyList<string> fromModel, IReadOnlyList<string> fromMigration)
    {
        var missing = fromModel.Except(fromMigration).ToList();
        var extra = fromMigration.Except(fromModel).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            Assert.Fail(
                "The migration does not build the schema the model describes." +
                "\nIn the model, not in the migration:\n  " + string.Join("\n  ", missing) +
                "\nIn the migration, not in the model:\n  " + string.Join("\n  ", extra));
    }

    private static async Task<IReadOnlyList<string>> ReadSchemaAsync(DbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            return await SqliteSchema.ReadAsync(db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

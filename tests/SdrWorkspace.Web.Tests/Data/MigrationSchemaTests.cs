using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Data;

/// <summary>
/// The migration is hand-written, so nothing else notices when it and the model drift apart: this test
/// builds one database from the migration and one from the model, and compares them fact by fact.
/// </summary>
public class MigrationSchemaTests
{
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

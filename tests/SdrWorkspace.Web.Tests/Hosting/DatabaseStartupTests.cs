using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Hosting;

/// <summary>The app with demo data off, started once for the class: what every installation gets.</summary>
public sealed class EmptyWorkspace() : SdrWorkspaceFactory(DemoDataSize.None);

/// <summary>Start-up on a machine with no database yet.</summary>
public sealed class DatabaseStartupTests(EmptyWorkspace app) : IClassFixture<EmptyWorkspace>
{
    [Fact]
    public async Task ADatabaseFileThatDoesNotExistIsCreatedAndMigratedAtStartUp()
    {
        await using var fresh = new SdrWorkspaceFactory(DemoDataSize.None);
        Assert.False(File.Exists(fresh.Database.Path));

        _ = fresh.Services;

        Assert.True(File.Exists(fresh.Database.Path));
        await using var db = fresh.CreateDbContext();
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task TheDatabaseFileIsInWalMode()
    {
        // A plain connection, without the app's pragmas: WAL is a property of the file itself.
        await using var connection = app.OpenRawConnection();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public async Task TheFirstDefinitionVersionIsAdoptedBySystem()
    {
        await using var db = app.CreateDbContext();
        var version = Assert.Single(await db.DefinitionVersions.ToListAsync());
        Assert.Equal(1, version.Version);
        Assert.Equal(DatabaseInitializer.SystemActor, version.AdoptedBy);
        Assert.Equal(1, DefinitionJson.Deserialize(version.Json).Version);
        Assert.Equal(1, (await app.Services.GetRequiredService<DefinitionStore>().CurrentAsync()).Version);
    }

    [Fact]
    public async Task AllFiveRolesExist()
    {
        await using var db = app.CreateDbContext();
        var roles = await db.Roles.Select(r => r.Name).ToListAsync();

        Assert.Equal(Roles.All.Order(), roles.Order());
    }

    [Fact]
    public async Task WithDemoDataOffNoLeadsOrUsersAreCreated()
    {
        await using var db = app.CreateDbContext();

        Assert.Equal(0, await db.Leads.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task RunningTheInitializerAgainChangesNothing()
    {
        await using var connection = app.OpenRawConnection();
        var before = await TableCounts.ReadAsync(connection);

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        Assert.Equal(before, await TableCounts.ReadAsync(connection));
        Assert.Equal(Roles.All.Count, before["AspNetRoles"]);
    }
}

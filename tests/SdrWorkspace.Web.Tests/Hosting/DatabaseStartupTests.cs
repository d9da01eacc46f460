using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SdrWorkspace.Data.Definitions;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Domain.Definition;
using SdrWorkspace.Domain.Users;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Hosting;

/// <summary>Start-up on a machine with no database yet, and demo data off: what every installation gets.</summary>
public sealed class DatabaseStartupTests : IAsyncLifetime
{
    private readonly SdrWorkspaceFactory _app = new(DemoDataSize.None);

    [Fact]
    public async Task ADatabaseFileThatDoesNotExistIsCreatedAndMigratedAtStartUp()
    {
        Assert.False(File.Exists(_app.Database.Path));

        _ = _app.Services;

        Assert.True(File.Exists(_app.Database.Path));
        await using var db = _app.CreateDbContext();
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task TheDatabaseFileIsInWalMode()
    {
        _ = _app.Services;

        // A plain connection, without the app's pragmas: WAL is a property of the file itself.
        await using var connection = _app.OpenRawConnection();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public async Task TheFirstDefinitionVersionIsAdoptedBySystem()
    {
        _ = _app.Services;

        await using var db = _app.CreateDbContext();
        var version = Assert.Single(await db.DefinitionVersions.ToListAsync());
        Assert.Equal(1, version.Version);
        Assert.Equal(DatabaseInitializer.SystemActor, version.AdoptedBy);
        Assert.Equal(1, DefinitionJson.Deserialize(version.Json).Version);
        Assert.Equal(1, (await _app.Services.GetRequiredService<DefinitionStore>().CurrentAsync()).Version);
    }

    [Fact]
    public async Task AllFiveRolesExist()
    {
        _ = _app.Services;

        await using var db = _app.CreateDbContext();
        var roles = await db.Roles.Select(r => r.Name).ToListAsync();

        Assert.Equal(Roles.All.Order(), roles.Order());
    }

    [Fact]
    public async Task WithDemoDataOffNoLeadsOrUsersAreCreated()
    {
        _ = _app.Services;

        await using var db = _app.CreateDbContext();

        Assert.Equal(0, await db.Leads.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task RunningTheInitializerAgainChangesNothing()
    {
        _ = _app.Services;
        await using var connection = _app.OpenRawConnection();
        var before = await TableCounts.ReadAsync(connection);

        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        Assert.Equal(before, await TableCounts.ReadAsync(connection));
        Assert.Equal(Roles.All.Count, before["AspNetRoles"]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();
}

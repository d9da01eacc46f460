using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data.Seeding;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Data;

/// <summary>
/// Fixtures/created-before-net10.db was written by the last .NET 9 build (60 demo leads, its users and
/// events, every migration of that day applied). An installation upgrading to this build must keep it whole.
/// </summary>
public class DatabaseFromEarlierBuildTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "created-before-net10.db");

    [Fact]
    public async Task ADatabaseFileOfTheNet9BuildOpensWithEveryRowKeptAndItsUsersSignIn()
    {
        await using var app = new SdrWorkspaceFactory(DemoDataSize.None);
        Directory.CreateDirectory(Path.GetDirectoryName(app.Database.Path)!);
        File.Copy(Fixture, app.Database.Path);
        IReadOnlyDictionary<string, long> before;
        await using (var connection = app.Database.OpenRawConnection())
            before = await TableCounts.ReadAsync(connection);

        using var browser = await app.SignedInBrowserAsync(DemoUsers.Sdr);

        await using var db = app.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        await using var raw = app.OpenRawConnection();
        var after = await TableCounts.ReadAsync(raw);
        Assert.Equal(60, before["Leads"]);
        Assert.All(before, table => Assert.True(after[table.Key] >= table.Value, $"{table.Key}: {table.Value} rows before, {after[table.Key]} after"));
        Assert.Equal(60, await db.Leads.CountAsync());
        var leadPage = await browser.GetAsync($"/leads/{await db.Leads.Select(l => l.Id).MinAsync()}");
        Assert.True(leadPage.IsSuccessStatusCode, $"lead page answered {(int)leadPage.StatusCode}");
    }
}

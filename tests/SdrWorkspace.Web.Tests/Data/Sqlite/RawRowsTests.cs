using Microsoft.Data.Sqlite;
using SdrWorkspace.Data.Sqlite;
using SdrWorkspace.Domain.Leads;

namespace SdrWorkspace.Web.Tests.Data.Sqlite;

public class RawRowsTests
{
    [Theory]
    [InlineData("2026-11-23 10:00:00.1234567", 1_234_567)]
    [InlineData("2026-11-23 10:00:00.5", 5_000_000)]
    [InlineData("2026-11-23 10:00:00", 0)]
    public async Task ATimeIsReadAsEfStoresIt(string stored, long ticks)
    {
        await using var r = await ReadAsync($"SELECT '{stored}' AS At");

        var time = RawRows.Time(r, 0);

        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc).AddTicks(ticks), time);
        Assert.Equal(DateTimeKind.Utc, time!.Value.Kind);
    }

    [Fact]
    public async Task AnotherFormOfTimeFallsBackToTheGeneralParser()
    {
        await using var r = await ReadAsync("SELECT '2026-11-23T10:00:00Z' AS At, NULL AS Missing");

        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc), RawRows.Time(r, 0));
        Assert.Null(RawRows.Time(r, 1));
    }

    [Fact]
    public async Task EnumsAreReadByName()
    {
        await using var r = await ReadAsync("SELECT 'SQL' AS Stage, NULL AS Previous");

        Assert.Equal(LifecycleStage.SQL, RawRows.Enum<LifecycleStage>(r, 0));
        Assert.Null(RawRows.NullableEnum<LifecycleStage>(r, 1));
    }

    [Fact]
    public async Task ReadingByPositionRefusesColumnsInAnotherOrder()
    {
        await using var r = await ReadAsync("SELECT 1 AS LeadId, 'x' AS Actor");

        RawRows.ExpectColumns(r, "LeadId", "Actor");
        var error = Assert.Throws<InvalidOperationException>(() => RawRows.ExpectColumns(r, "Actor", "LeadId"));
        Assert.Contains("expected Actor", error.Message);
    }

    private static async Task<SqliteDataReader> ReadAsync(string sql)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var r = await command.ExecuteReaderAsync(System.Data.CommandBehavior.CloseConnection);
        await r.ReadAsync();
        return r;
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using SdrWorkspace.Web.Tests.Infrastructure;

namespace SdrWorkspace.Web.Tests.Features.Dashboards;

/// <summary>Plain SQL over the app's file, for recounting dashboard figures without the app's code.</summary>
internal sealed class Recount(SqliteConnection connection, DateTime from, DateTime to) : IDisposable
{
    /// <summary>Leads created in the period: the cohort every cohort figure counts.</summary>
    public const string Cohort = """(SELECT "Id" FROM "Leads" WHERE "CreatedAt" >= $from AND "CreatedAt" < $to)""";

    /// <summary>Each move with the lead's next move after it (its answer), by time then id.</summary>
    public const string MovesWithNext = """
        (SELECT "Id", "LeadId", "From", "To", "Actor", "Reason", "At",
                LEAD("To") OVER w AS "NextTo", LEAD("At") OVER w AS "NextAt", LEAD("Reason") OVER w AS "NextReason",
                LEAD("Actor") OVER w AS "NextActor"
         FROM "StageChanges" WINDOW w AS (PARTITION BY "LeadId" ORDER BY "At", "Id"))
        """;

    /// <summary>The Monday of a time's week, as yyyy-MM-dd.</summary>
    public static string WeekOf(string column) => $"date({column}, 'weekday 0', '-6 days')";

    /// <summary>Rows of (key, count) from a query whose first column is text and second a number.</summary>
    public async Task<Dictionary<string, int>> CountsAsync(string sql)
    {
        var counts = new Dictionary<string, int>();
        await using var reader = await ReadAsync(sql);
        while (await reader.ReadAsync())
            counts[reader.IsDBNull(0) ? "" : reader.GetString(0)] = reader.GetInt32(1);
        return counts;
    }

    public async Task<int> CountAsync(string sql)
    {
        await using var reader = await ReadAsync(sql);
        await reader.ReadAsync();
        return reader.GetInt32(0);
    }

    /// <summary>The lead ids a query returns in its first column, ascending and distinct.</summary>
    public async Task<List<int>> IdsAsync(string sql)
    {
        var ids = new SortedSet<int>();
        await using var reader = await ReadAsync(sql);
        while (await reader.ReadAsync())
            ids.Add(reader.GetInt32(0));
        return [.. ids];
    }

    public async Task<List<double>> NumbersAsync(string sql)
    {
        var numbers = new List<double>();
        await using var reader = await ReadAsync(sql);
        while (await reader.ReadAsync())
            numbers.Add(reader.GetDouble(0));
        return numbers;
    }

    private async Task<SqliteDataReader> ReadAsync(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        // Times are stored as ISO text in UTC, so text comparison is time comparison.
        command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$now", SdrWorkspaceFactory.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        return await command.ExecuteReaderAsync();
    }

    public void Dispose() => connection.Dispose();
}

using System.Data.Common;

namespace SdrWorkspace.Web.Tests.Infrastructure;

/// <summary>How many rows each table of a database holds: a cheap fingerprint of "nothing changed".</summary>
public static class TableCounts
{
    /// <summary>
    /// Tables only background jobs add to, in reply to an earlier test's change (a new hot lead notifies its owner):
    /// a request that writes nothing cannot be told apart from them by counting, so "nothing written" leaves them out.
    /// </summary>
    public static readonly IReadOnlySet<string> WrittenInTheBackground = new HashSet<string>(StringComparer.Ordinal) { "Notifications" };

    public static async Task<IReadOnlyDictionary<string, long>> ReadAsync(DbConnection connection, IReadOnlySet<string>? except = null)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => except?.Contains(t) != true))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }

    /// <summary>The counts of every table a request may write, for asserting that a refused one wrote nothing.</summary>
    public static Task<IReadOnlyDictionary<string, long>> OfRequestWritesAsync(DbConnection connection) =>
        ReadAsync(connection, WrittenInTheBackground);
}

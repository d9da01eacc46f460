using Microsoft.Data.Sqlite;

namespace SdrWorkspace.Bench.Benchmarks;

/// <summary>Raw SQLite over its own connection, with the app's pragmas: what the same work costs with nothing above it.</summary>
public static class Floors
{
    public static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA mmap_size=1073741824;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    public static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
            command.Parameters.Add(new SqliteParameter($"${i}", null));
        command.Prepare();
        return command;
    }

    /// <summary>Reads every row and column of a query's result (the floor of a read is reading it, not just starting it).</summary>
    public static async Task<int> DrainAsync(SqliteCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }
}

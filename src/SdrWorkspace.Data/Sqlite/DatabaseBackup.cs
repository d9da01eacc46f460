using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>
/// A consistent copy of the live database: <c>VACUUM INTO</c> reads one snapshot (WAL readers never block
/// the writer, so the app keeps working) and writes it as a plain, compacted file with no WAL to carry along.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>Writes the copy to <paramref name="target"/> (which must not exist) and checks it; returns the copy's integrity check.</summary>
    public static async Task<string> WriteAsync(SdrDbContext db, string target, CancellationToken ct = default)
    {
        if (File.Exists(target))
            throw new IOException($"{target} already exists; a backup never overwrites a file.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", [target], ct);

        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await copy.OpenAsync(ct);
        await using var check = copy.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return (string)(await check.ExecuteScalarAsync(ct))!;
    }
}

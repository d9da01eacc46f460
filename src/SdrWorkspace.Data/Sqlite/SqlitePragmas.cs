using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>
/// Per-connection settings. WAL lets readers run beside the one writer; synchronous=FULL syncs the WAL on
/// every commit, so an acknowledged write survives a process kill and a power cut alike (see
/// docs/decisions/0005-durability.md); busy_timeout makes a writer wait for the lock instead of failing
/// with SQLITE_BUSY, as long as the connection string's <c>Default Timeout</c> (30 s unless set); mmap_size lets
/// reads come straight from the OS page cache (shared by every connection) instead of a copy into each
/// connection's small page cache, which halved event reads on a 100,000-lead file (docs/PERFORMANCE.md).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string PragmasFor(DbConnection connection)
    {
        var waitSeconds = connection is SqliteConnection sqlite ? sqlite.DefaultTimeout : 30;
        var wait = $"PRAGMA busy_timeout={waitSeconds * 1000}; PRAGMA mmap_size=1073741824;";
        // EF opens read-only to ask whether the file exists; switching a restored backup (journal mode
        // DELETE) to WAL there would be a write. The first read-write connection switches it.
        return new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly
            ? wait
            : $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; {wait} PRAGMA foreign_keys=ON;";
    }
}

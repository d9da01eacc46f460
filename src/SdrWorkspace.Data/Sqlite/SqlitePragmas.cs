using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>
/// Per-connection settings. WAL lets readers run beside the one writer; synchronous=NORMAL is durable
/// across application crashes in WAL mode (a power cut may lose the last commits, never corrupt);
/// busy_timeout makes a writer wait for the lock instead of failing with SQLITE_BUSY; mmap_size lets
/// reads come straight from the OS page cache (shared by every connection) instead of a copy into each
/// connection's small page cache, which halved event reads on a 100,000-lead file (docs/PERFORMANCE.md).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA mmap_size=1073741824;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

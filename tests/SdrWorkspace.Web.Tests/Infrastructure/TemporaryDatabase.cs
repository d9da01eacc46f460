using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SdrWorkspace.Data;

namespace SdrWorkspace.Web.Tests.Infrastructure;

/// <summary>
/// A real SQLite file of its own, in a folder of its own under the temp directory (so the database,
/// its -wal and -shm files go together), deleted on dispose.
/// </summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sdr-tests", Guid.NewGuid().ToString("N"));

    public TemporaryDatabase()
    {
        Path = System.IO.Path.Combine(_folder, "workspace.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path }.ToString();
    }

    /// <summary>The database file; neither it nor its folder exists until something creates them.</summary>
    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>A context configured as the app configures its own (same pragmas and warnings).</summary>
    public SdrDbContext CreateContext()
    {
        // The app's initializer creates the folder at start-up; a context used directly needs it made.
        Directory.CreateDirectory(_folder);
        var options = new DbContextOptionsBuilder<SdrDbContext>();
        DependencyInjection.Configure(options, ConnectionString);
        return new SdrDbContext(options.Options);
    }

    /// <summary>A plain connection, without the app's pragmas, to see what the file itself holds.</summary>
    public SqliteConnection OpenRawConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; close them first.
        using (var connection = new SqliteConnection(ConnectionString))
            SqliteConnection.ClearPool(connection);
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}

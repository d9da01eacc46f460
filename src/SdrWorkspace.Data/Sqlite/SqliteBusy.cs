using Microsoft.Data.Sqlite;

namespace SdrWorkspace.Data.Sqlite;

/// <summary>Recognises "another writer held the lock for longer than this one would wait" in whatever wraps it.</summary>
public static class SqliteBusy
{
    private const int Busy = 5;
    private const int Locked = 6;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: Busy or Locked })
                return true;
        }
        return false;
    }
}

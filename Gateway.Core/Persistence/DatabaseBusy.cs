using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Gateway.Core.Persistence;

/// <summary>
/// Whether a failure means the database was busy rather than wrong: SQLite busy or locked (another connection holds
/// the write lock longer than the busy timeout; SQLite's exception does not say it is transient itself) or any provider
/// error that reports itself transient (PostgreSQL lock timeouts, serialization failures, too many connections),
/// anywhere in the exception's chain. Such a call can simply be made again later.
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (IsItself(current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>This exception alone, not its inner ones.</summary>
    public static bool IsItself(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        DbException db => db.IsTransient,
        _ => false,
    };
}

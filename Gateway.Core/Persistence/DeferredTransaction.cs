using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Gateway.Core.Persistence;

/// <summary>
/// A transaction for work that reads the shared database and writes only connection-private TEMP tables: on SQLite
/// it begins DEFERRED, so it never takes the database's write lock (an ordinary SQLite transaction begins IMMEDIATE and
/// holds that lock until it ends); on PostgreSQL it is an ordinary transaction.
/// </summary>
public static class DeferredTransaction
{
    public static async ValueTask<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
}

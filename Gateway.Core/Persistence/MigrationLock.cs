using Npgsql;

namespace Gateway.Core.Persistence;

/// <summary>
/// Serialises schema migrations across the processes of one environment: nodes start together and each brings the
/// database up to date, and on PostgreSQL two of them applying the same migration at once fail with "relation already
/// exists" (test: ConcurrentMigrationTests). On PostgreSQL a session-level advisory lock is held while migrating; on
/// SQLite the database's own write lock serialises them.
/// </summary>
public static class MigrationLock
{
    /// <summary>The advisory lock key of the gateway's migrations (any fixed number other locks do not use).</summary>
    private static readonly long Key = 0x5349_5649_4D49_4752; // "SIVIMIGR"

    public static async Task RunAsync(DatabaseOptions options, Func<Task> migrate, CancellationToken cancellationToken)
    {
        if (options.Provider != DatabaseProvider.Postgres)
        {
            await migrate().ConfigureAwait(false);
            return;
        }
        var connection = new NpgsqlConnection(options.EffectiveConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken).ConfigureAwait(false);
            try
            {
                await migrate().ConfigureAwait(false);
            }
            finally
            {
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

using System.Data.Common;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Microsoft.Data.Sqlite;

namespace Gateway.Afas.Changes;

/// <summary>
/// The changes a pull found, staged in a connection-private TEMP table while the pages stream from AFAS, then applied
/// to the stored state and the mutation log in one short transaction with a few set-based statements. Staging takes no
/// write lock on the shared database (SQLite's lock is held only while the staged rows are applied, not for the
/// minutes a large pull streams); a pull that fails or is held before the apply changes nothing.
/// Mutations keep the order in which they were staged.
/// </summary>
internal sealed class StagedChanges : IAsyncDisposable
{
    private const string Table = "\"StagedChanges\"";
    private readonly DbCommand _insert;
    private int _sequence;

    private StagedChanges(DbTransaction transaction, DbCommand insert) => (Transaction, _insert) = (transaction, insert);

    /// <summary>The staging transaction (deferred: it reads the stored state and writes only the TEMP table).</summary>
    public DbTransaction Transaction { get; }

    /// <summary>
    /// Begins staging on <paramref name="connection"/>: creates (or empties) its staging table within a deferred
    /// transaction; on SQLite the table's pages go to a temporary file, not to memory.
    /// </summary>
    public static async Task<StagedChanges> BeginAsync(DbConnection connection, CancellationToken ct)
    {
        if (connection is SqliteConnection)
        {
            // outside any transaction (SQLite refuses the setting within one); it drops the connection's TEMP tables
            await ExecuteAsync(connection, null, "PRAGMA temp_store=FILE", ct).ConfigureAwait(false);
        }
        var transaction = await DeferredTransaction.BeginAsync(connection, ct).ConfigureAwait(false);
        // the columns take their types from the tables they are applied to, so one statement serves both providers
        await ExecuteAsync(connection, transaction, $"""
            CREATE TEMP TABLE IF NOT EXISTS {Table} AS
            SELECT 0 AS "Seq", m."Kind", m."RecordKey", m."EmployerCode", m."SubjectKey", m."ChangedFields", m."Fields", r."Hash"
            FROM "SourceMutations" m, "ConnectorRecords" r WHERE 1=0
            """, ct).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"DELETE FROM {Table}", ct).ConfigureAwait(false);
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            INSERT INTO {Table} ("Seq","Kind","RecordKey","EmployerCode","SubjectKey","ChangedFields","Fields","Hash")
            VALUES (@q,@m,@k,@e,@s,@x,@f,@h)
            """;
        foreach (var name in new[] { "q", "m", "k", "e", "s", "x", "f", "h" })
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            insert.Parameters.Add(parameter);
        }
        return new StagedChanges(transaction, insert);
    }

    /// <summary>A new or changed record: its stored row is replaced and a mutation of <paramref name="kind"/> logged.</summary>
    public Task AddAsync(MutationKind kind, SourceRecord record, string? changedFields, string json, byte[] hash, CancellationToken ct) =>
        StageAsync(kind, record.Key, record.EmployerCode, record.SubjectKey, changedFields, json, hash, ct);

    /// <summary>A record gone from AFAS: its stored row is deleted and a Gone mutation logged with its last fields.</summary>
    public Task AddGoneAsync(string key, string? employer, string? subject, string lastFields, CancellationToken ct) =>
        StageAsync(MutationKind.Gone, key, employer, subject, null, lastFields, null, ct);

    /// <summary>Applies every staged change within <paramref name="transaction"/> and empties the staging table.</summary>
    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, string integration, string connector,
        long pullRunId, DateTime now, CancellationToken ct)
    {
        var gone = (int)MutationKind.Gone;
        await ExecuteAsync(connection, transaction, $"""
            INSERT INTO "ConnectorRecords" ("Integration","Connector","RecordKey","EmployerCode","SubjectKey","Hash","Fields","FirstSeenUtc","LastChangedUtc")
            SELECT @i,@c,"RecordKey","EmployerCode","SubjectKey","Hash","Fields",@t,@t FROM {Table} WHERE "Kind"<>@g
            ON CONFLICT ("Integration","Connector","RecordKey") DO UPDATE SET
              "EmployerCode"=excluded."EmployerCode","SubjectKey"=excluded."SubjectKey","Hash"=excluded."Hash",
              "Fields"=excluded."Fields","LastChangedUtc"=excluded."LastChangedUtc"
            """, ct, ("i", integration), ("c", connector), ("t", now), ("g", gone)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"""
            DELETE FROM "ConnectorRecords" WHERE "Integration"=@i AND "Connector"=@c
              AND "RecordKey" IN (SELECT "RecordKey" FROM {Table} WHERE "Kind"=@g)
            """, ct, ("i", integration), ("c", connector), ("g", gone)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"""
            INSERT INTO "SourceMutations" ("PullRunId","Integration","Connector","RecordKey","EmployerCode","SubjectKey","Kind","ChangedFields","Fields","CreatedUtc")
            SELECT @r,@i,@c,"RecordKey","EmployerCode","SubjectKey","Kind","ChangedFields","Fields",@t FROM {Table} ORDER BY "Seq"
            """, ct, ("r", pullRunId), ("i", integration), ("c", connector), ("t", now)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"DELETE FROM {Table}", ct).ConfigureAwait(false);
    }

    /// <summary>Ends staging (the staged rows stay in the connection's TEMP table for <see cref="ApplyAsync"/>).</summary>
    public Task CompleteAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync().ConfigureAwait(false);
        await Transaction.DisposeAsync().ConfigureAwait(false);
    }

    private async Task StageAsync(MutationKind kind, string key, string? employer, string? subject, string? changedFields, string json,
        byte[]? hash, CancellationToken ct)
    {
        object?[] values = [_sequence++, (int)kind, key, employer, subject, changedFields, json, hash];
        for (var i = 0; i < values.Length; i++)
        {
            _insert.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        await _insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}

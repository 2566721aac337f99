using System.Data.Common;

namespace Gateway.Afas.Changes;

/// <summary>
/// The prepared SQL of change detection. Plain SQL that SQLite and PostgreSQL both accept (quoted identifiers,
/// INSERT … ON CONFLICT … DO UPDATE), so the hot path needs no per-row ORM tracking.
/// </summary>
internal sealed class StateCommands : IAsyncDisposable
{
    private readonly DbCommand _upsert;
    private readonly DbCommand _delete;
    private readonly DbCommand _insertMutation;
    private readonly DbCommand _readFields;

    public StateCommands(DbConnection connection, DbTransaction transaction)
    {
        _upsert = Command(connection, transaction, """
            INSERT INTO "ConnectorRecords" ("Integration","Connector","RecordKey","EmployerCode","SubjectKey","Hash","Fields","FirstSeenUtc","LastChangedUtc")
            VALUES (@i,@c,@k,@e,@s,@h,@f,@t,@t)
            ON CONFLICT ("Integration","Connector","RecordKey") DO UPDATE SET
              "EmployerCode"=excluded."EmployerCode","SubjectKey"=excluded."SubjectKey","Hash"=excluded."Hash",
              "Fields"=excluded."Fields","LastChangedUtc"=excluded."LastChangedUtc"
            """, "i", "c", "k", "e", "s", "h", "f", "t");
        _delete = Command(connection, transaction,
            """DELETE FROM "ConnectorRecords" WHERE "Integration"=@i AND "Connector"=@c AND "RecordKey"=@k""", "i", "c", "k");
        _insertMutation = Command(connection, transaction, """
            INSERT INTO "SourceMutations" ("PullRunId","Integration","Connector","RecordKey","EmployerCode","SubjectKey","Kind","ChangedFields","Fields","CreatedUtc")
            VALUES (@r,@i,@c,@k,@e,@s,@m,@x,@f,@t)
            """, "r", "i", "c", "k", "e", "s", "m", "x", "f", "t");
        _readFields = Command(connection, transaction,
            """SELECT "Fields" FROM "ConnectorRecords" WHERE "Integration"=@i AND "Connector"=@c AND "RecordKey"=@k""", "i", "c", "k");
    }

    public Task UpsertAsync(string integration, string connector, SourceRecord record, byte[] hash, string json, DateTime now, CancellationToken ct) =>
        Run(_upsert, ct, integration, connector, record.Key, record.EmployerCode, record.SubjectKey, hash, json, now);

    public Task DeleteAsync(string integration, string connector, string key, CancellationToken ct) =>
        Run(_delete, ct, integration, connector, key);

    public Task InsertMutationAsync(long pullRunId, string integration, string connector, string key, string? employer, string? subject,
        int kind, string? changedFields, string json, DateTime now, CancellationToken ct) =>
        Run(_insertMutation, ct, pullRunId, integration, connector, key, employer, subject, kind, changedFields, json, now);

    public async Task<string> ReadFieldsAsync(string integration, string connector, string key, CancellationToken ct)
    {
        Bind(_readFields, integration, connector, key);
        return (string)(await _readFields.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    public async ValueTask DisposeAsync()
    {
        await _upsert.DisposeAsync().ConfigureAwait(false);
        await _delete.DisposeAsync().ConfigureAwait(false);
        await _insertMutation.DisposeAsync().ConfigureAwait(false);
        await _readFields.DisposeAsync().ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task Run(DbCommand command, CancellationToken ct, params object?[] values)
    {
        Bind(command, values);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static void Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}

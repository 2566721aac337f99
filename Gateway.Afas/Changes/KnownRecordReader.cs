using System.Data.Common;

namespace Gateway.Afas.Changes;

/// <summary>
/// Reads single records of the stored (last known) state during change detection: the fields a changed or gone
/// record had, and the employer and subject a gone record belonged to. Prepared once per pull.
/// </summary>
internal sealed class KnownRecordReader : IAsyncDisposable
{
    private readonly DbCommand _readFields;
    private readonly DbCommand _readOwners;

    public KnownRecordReader(DbConnection connection, DbTransaction transaction, string integration, string connector)
    {
        _readFields = Command(connection, transaction,
            """SELECT "Fields" FROM "ConnectorRecords" WHERE "Integration"=@i AND "Connector"=@c AND "RecordKey"=@k""",
            integration, connector);
        _readOwners = Command(connection, transaction,
            """SELECT "EmployerCode","SubjectKey" FROM "ConnectorRecords" WHERE "Integration"=@i AND "Connector"=@c AND "RecordKey"=@k""",
            integration, connector);
    }

    public async Task<string> ReadFieldsAsync(string key, CancellationToken ct)
    {
        _readFields.Parameters[2].Value = key;
        return (string)(await _readFields.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    public async Task<(string? Employer, string? Subject)> ReadOwnersAsync(string key, CancellationToken ct)
    {
        _readOwners.Parameters[2].Value = key;
        await using var reader = await _readOwners.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await reader.ReadAsync(ct).ConfigureAwait(false);
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    public async ValueTask DisposeAsync()
    {
        await _readFields.DisposeAsync().ConfigureAwait(false);
        await _readOwners.DisposeAsync().ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, string integration, string connector)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.Add(Parameter(command, "i", integration));
        command.Parameters.Add(Parameter(command, "c", connector));
        command.Parameters.Add(Parameter(command, "k", ""));
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }
}

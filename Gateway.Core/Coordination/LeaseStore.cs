using System.Data.Common;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Coordination;

/// <summary>
/// Named leases in the gateway database: one holder at a time across processes and nodes, with an expiry so a
/// crashed holder does not block forever. Acquire is a single conditional upsert, atomic on SQLite and PostgreSQL.
/// </summary>
public sealed class LeaseStore(GatewayDatabase database, TimeProvider clock)
{
    /// <summary>Takes <paramref name="name"/> for this process when it is free or expired; null when another holder has it.</summary>
    public async Task<HeldLease?> TryHoldAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return await TryAcquireAsync(name, holder, duration, cancellationToken).ConfigureAwait(false)
            ? new HeldLease(this, name, holder, duration, clock)
            : null;
    }

    /// <summary>Takes <paramref name="name"/> for <paramref name="holder"/> when it is free, expired or already theirs.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await ExecuteAsync("""
            INSERT INTO "Leases" ("Name","Holder","ExpiresUtc") VALUES (@n,@h,@e)
            ON CONFLICT ("Name") DO UPDATE SET "Holder"=excluded."Holder","ExpiresUtc"=excluded."ExpiresUtc"
            WHERE "Leases"."ExpiresUtc" < @now OR "Leases"."Holder" = excluded."Holder"
            """, cancellationToken, ("n", name), ("h", holder), ("e", now + duration), ("now", now)).ConfigureAwait(false) == 1;
    }

    /// <summary>Extends a lease its holder still has; false when it was lost (expired and taken by another).</summary>
    public async Task<bool> RenewAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await ExecuteAsync("""UPDATE "Leases" SET "ExpiresUtc"=@e WHERE "Name"=@n AND "Holder"=@h""",
            cancellationToken, ("n", name), ("h", holder), ("e", now + duration)).ConfigureAwait(false) == 1;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken) =>
        await ExecuteAsync("""DELETE FROM "Leases" WHERE "Name"=@n AND "Holder"=@h""",
            cancellationToken, ("n", name), ("h", holder)).ConfigureAwait(false);

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (parameterName, value) in parameters)
        {
            Add(command, parameterName, value);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

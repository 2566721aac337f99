using System.Data.Common;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Coordination;

/// <summary>
/// Named leases in the gateway database: one holder at a time across processes and nodes. A holder keeps its lease
/// alive by renewing it (<see cref="HeldLease"/>'s heartbeat); one that stops renewing — a process that died on
/// another node — loses it when it expires. Every lease records the process that holds it
/// (<see cref="ProcessIdentity"/>), so a lease of a dead process on this node is taken over at once. Acquire is a
/// single conditional upsert, atomic on SQLite and PostgreSQL; a takeover is a compare-and-set on the old holder.
/// </summary>
public sealed class LeaseStore(GatewayDatabase database, TimeProvider clock)
{
    /// <summary>
    /// How long a lease lasts without renewal: the holder renews it every third of this, so it survives two missed
    /// renewals (a stalled database, a long garbage collection), and a node that died loses its leases this long after.
    /// </summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(15);

    private readonly ProcessIdentity _self = ProcessIdentity.Current;

    /// <summary>Takes <paramref name="name"/> for this process when it is free, expired or left by a dead process of this node; null when another holder has it.</summary>
    public async Task<HeldLease?> TryHoldAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var holder = $"{_self.Node}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return await TryAcquireAsync(name, holder, duration, cancellationToken).ConfigureAwait(false)
            ? new HeldLease(this, name, holder, duration, clock)
            : null;
    }

    /// <summary>Takes <paramref name="name"/> for <paramref name="holder"/> (a holder of this process) when it is free, expired, already theirs or left by a dead process of this node.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var taken = await ExecuteAsync("""
            INSERT INTO "Leases" ("Name","Holder","ExpiresUtc","Node","Process") VALUES (@n,@h,@e,@node,@p)
            ON CONFLICT ("Name") DO UPDATE SET "Holder"=excluded."Holder","ExpiresUtc"=excluded."ExpiresUtc","Node"=excluded."Node","Process"=excluded."Process"
            WHERE "Leases"."ExpiresUtc" < @now OR "Leases"."Holder" = excluded."Holder"
            """, cancellationToken, ("n", name), ("h", holder), ("e", now + duration), ("now", now), ("node", _self.Node), ("p", _self.Process)).ConfigureAwait(false) == 1;
        return taken || await TryTakeFromDeadAsync(name, holder, duration, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Releases every lease a dead process of this node left behind (a crash, a SIGKILL), so work held by them goes on
    /// at once — also what only looks at leases, such as conversion waiting for pulls. Returns their names.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReleaseLeftByDeadAsync(CancellationToken cancellationToken)
    {
        var released = new List<string>();
        foreach (var lease in await LeasesOfThisNodeAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (IsLeftByDead(lease) && await ExecuteAsync("""DELETE FROM "Leases" WHERE "Name"=@n AND "Holder"=@h""",
                    cancellationToken, ("n", lease.Name), ("h", lease.Holder)).ConfigureAwait(false) == 1)
            {
                released.Add(lease.Name);
            }
        }
        return released;
    }

    /// <summary>Takes over <paramref name="name"/> when a dead process of this node holds it: only if that holder still has it.</summary>
    private async Task<bool> TryTakeFromDeadAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        if ((await LeasesOfThisNodeAsync(name, cancellationToken).ConfigureAwait(false)).SingleOrDefault() is not { } lease || !IsLeftByDead(lease))
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        return await ExecuteAsync("""
            UPDATE "Leases" SET "Holder"=@h,"ExpiresUtc"=@e,"Node"=@node,"Process"=@p WHERE "Name"=@n AND "Holder"=@old
            """, cancellationToken, ("n", name), ("h", holder), ("e", now + duration), ("node", _self.Node), ("p", _self.Process),
            ("old", lease.Holder)).ConfigureAwait(false) == 1;
    }

    private bool IsLeftByDead(Lease lease) => lease.Node is { } node && lease.Process is { } process && _self.KnowsIsDead(new ProcessIdentity(node, process));

    private async Task<List<Lease>> LeasesOfThisNodeAsync(string? name, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Leases.AsNoTracking().Where(l => l.Node == _self.Node && (name == null || l.Name == name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

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

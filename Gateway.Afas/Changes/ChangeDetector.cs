using System.Data.Common;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Changes;

/// <summary>
/// Turns a pull (the connector's current state) into mutations against the last known state: new, changed
/// (which fields) and — for unfiltered pulls only — gone. Streaming: only keys and 16-byte hashes of the known
/// state are held in memory; the changes found are staged in a connection-private table while the pages stream
/// (<see cref="StagedChanges"/>) and applied in one short transaction at the end: a pull that fails half-way changes
/// nothing, and on SQLite the write lock is held for the apply only, not while AFAS is being read.
/// </summary>
public sealed class ChangeDetector(GatewayDatabase database, TimeProvider clock)
{
    public async Task<PullCounts> DetectAsync(PullScope scope, long pullRunId, IAsyncEnumerable<SourceRecord> records,
        CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var known = await LoadHashesAsync(connection, scope, cancellationToken).ConfigureAwait(false);
        var openUitval = scope.AutoResolveUitval
            ? await LoadOpenImportUitvalAsync(connection, scope, cancellationToken).ConfigureAwait(false)
            : [];
        var now = clock.GetUtcNow().UtcDateTime;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int rows = 0, created = 0, changed = 0, unchanged = 0, duplicates = 0, unreadable = 0, gone = 0;
        var resolvable = new List<long>();
        var noLongerThere = new List<long>();
        await using (var staged = await StagedChanges.BeginAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            await using var stored = new KnownRecordReader(connection, staged.Transaction, scope.Integration, scope.Connector);
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                rows++;
                if (!seen.Add(record.Key))
                {
                    duplicates++;
                    continue;
                }
                if (record.Unreadable)
                {
                    unreadable++;
                    continue;
                }
                if (openUitval.Remove(record.Key, out var uitvalIds))
                {
                    resolvable.AddRange(uitvalIds);
                }
                var (json, hash) = RecordCanonicalizer.Canonicalize(record.Fields);
                if (!known.TryGetValue(record.Key, out var previous))
                {
                    created++;
                    await staged.AddAsync(MutationKind.New, record, null, json, hash, cancellationToken).ConfigureAwait(false);
                }
                else if (!hash.AsSpan().SequenceEqual(previous))
                {
                    changed++;
                    var before = await stored.ReadFieldsAsync(record.Key, cancellationToken).ConfigureAwait(false);
                    var fields = string.Join(',', RecordCanonicalizer.ChangedFields(before, json));
                    await staged.AddAsync(MutationKind.Changed, record, fields, json, hash, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    unchanged++;
                }
            }
            var goneInferable = (!scope.Filtered || scope.MayBeGone is not null) && scope.SuppressGone?.Invoke() != true;
            if (goneInferable)
            {
                foreach (var key in known.Keys.Where(k => !seen.Contains(k)).ToList())
                {
                    var before = await stored.ReadFieldsAsync(key, cancellationToken).ConfigureAwait(false);
                    var (employer, subject) = await stored.ReadOwnersAsync(key, cancellationToken).ConfigureAwait(false);
                    if (scope.MayBeGone is { } mayBeGone && !mayBeGone(employer, before))
                    {
                        openUitval.Remove(key);
                        continue;
                    }
                    gone++;
                    await staged.AddGoneAsync(key, employer, subject, before, cancellationToken).ConfigureAwait(false);
                }
            }
            if (goneInferable && !scope.Filtered)
            {
                // failed records an unfiltered pull did not return at all are no longer in AFAS: nothing is left to fix
                noLongerThere.AddRange(openUitval.Where(o => !seen.Contains(o.Key)).SelectMany(o => o.Value));
            }
            if (scope.Hold?.Invoke(known.Count, changed, gone) is { } held)
            {
                // not applied: the staging rolls back and the stored state stays as it was
                return new PullCounts(rows, created, changed, gone, unchanged, duplicates, 0) { Unreadable = unreadable, Known = known.Count, HeldReason = held };
            }
            await staged.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await StagedChanges.ApplyAsync(connection, transaction, scope.Integration, scope.Connector, pullRunId, now, cancellationToken).ConfigureAwait(false);
            var resolution = UitvalRecords.SyncResolution(now);
            await ResolveUitvalAsync(connection, transaction, resolvable, resolution, now, cancellationToken).ConfigureAwait(false);
            await ResolveUitvalAsync(connection, transaction, noLongerThere, "the record is no longer in AFAS; " + resolution, now, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return new PullCounts(rows, created, changed, gone, unchanged, duplicates, resolvable.Count + noLongerThere.Count) { Unreadable = unreadable, Known = known.Count };
    }

    private static async Task<Dictionary<string, byte[]>> LoadHashesAsync(DbConnection connection, PullScope scope, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "RecordKey","Hash" FROM "ConnectorRecords" WHERE "Integration"=@i AND "Connector"=@c""";
        AddParameter(command, "i", scope.Integration);
        AddParameter(command, "c", scope.Connector);
        var hashes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            hashes[reader.GetString(0)] = (byte[])reader.GetValue(1);
        }
        return hashes;
    }

    private static async Task<Dictionary<string, List<long>>> LoadOpenImportUitvalAsync(DbConnection connection, PullScope scope, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id","RecordKey" FROM "Uitval"
            WHERE "Integration"=@i AND "Connector"=@c AND "Stage"=@s AND "Status"=@o AND "RecordKey" IS NOT NULL
            """;
        AddParameter(command, "i", scope.Integration);
        AddParameter(command, "c", scope.Connector);
        AddParameter(command, "s", (int)UitvalStage.Import);
        AddParameter(command, "o", (int)UitvalStatus.Open);
        var open = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var key = reader.GetString(1);
            if (!open.TryGetValue(key, out var ids))
            {
                open[key] = ids = [];
            }
            ids.Add(reader.GetInt64(0));
        }
        return open;
    }

    /// <summary>Closes import uitval of records the pull read intact (or found gone), each with an audit entry.</summary>
    private static async Task ResolveUitvalAsync(DbConnection connection, DbTransaction transaction, List<long> ids, string resolution, DateTime now,
        CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """UPDATE "Uitval" SET "Status"=@s,"ResolvedUtc"=@t,"ResolvedBy"=@u,"Resolution"=@r WHERE "Id"=@id AND "Status"=@o""";
        AddParameter(update, "s", (int)UitvalStatus.Resolved);
        AddParameter(update, "t", now);
        AddParameter(update, "u", UitvalRecords.SyncUser);
        AddParameter(update, "r", resolution);
        AddParameter(update, "o", (int)UitvalStatus.Open);
        var id = AddParameter(update, "id", 0L);
        await using var audit = connection.CreateCommand();
        audit.Transaction = transaction;
        audit.CommandText = """INSERT INTO "AuditLog" ("AtUtc","User","Action","Target","Reason") VALUES (@t,@u,'uitval.resolved',@g,@r)""";
        AddParameter(audit, "t", now);
        AddParameter(audit, "u", UitvalRecords.SyncUser);
        AddParameter(audit, "r", resolution);
        var target = AddParameter(audit, "g", "");
        foreach (var value in ids)
        {
            id.Value = value;
            if (await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1)
            {
                target.Value = $"uitval/{value}";
                await audit.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }
    }

    private static DbParameter AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}

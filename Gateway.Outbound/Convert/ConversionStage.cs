using Gateway.Afas.Sync;
using Gateway.Core.Accounts;
using Gateway.Core.Coordination;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Telemetry;
using Gateway.Core.Uitval;
using Gateway.Outbound.Convert.Absence;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Employers;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.State;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Convert;

/// <summary>
/// Turns an integration's new mutations into validated messages for one account. One transaction per batch holds
/// the messages (queued, or held when the account is blocked), their case sequence numbers, the uitval of records that
/// failed mapping or validation, and the account's cursor: a batch is converted exactly once, crash or not.
/// <para>A run waits while a pull of the integration is in progress (its connectors depend on each other: an
/// organisation unit needs the employees under it, an absence its employee), then indexes the integration's stored
/// state once (<see cref="SourceStateIndex"/>) and converts every mutation recorded before that read, batch after
/// batch, each against the rows of the employees and cases it touches, read when the batch begins
/// (<see cref="BatchSnapshotLoader"/>). The state is at least as new as every mutation it converts; later mutations
/// are for the next run. When the state moved during the run (a pull recorded new mutations), the run stops before
/// the batch it read the moved state for: the next run indexes the state again.</para>
/// </summary>
public sealed class ConversionStage(GatewayDatabase database, SiviValidator validator, TimeProvider clock, ILoggerFactory loggers)
{
    private const int BatchSize = 2000;

    /// <summary>Converts every pending batch; returns the number of messages produced.</summary>
    public async Task<int> RunOnceAsync(PartnerAccountOptions account, MappingProfile profile, CancellationToken cancellationToken)
    {
        await using var lease = await new LeaseStore(database, clock).TryHoldAsync("convert:" + account.Name, LeaseStore.DefaultDuration, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return 0;
        }
        var (lastMutation, state) = await ReadStateAsync(account, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            return 0;
        }
        var produced = 0;
        var firstBatch = true;
        // a lost lease (this node stalled past its expiry) stops the run: another node converts the account now
        try
        {
            while (await lease.KeepAsync(cancellationToken).ConfigureAwait(false)
                && await ConvertBatchAsync(account, profile, state, lastMutation, firstBatch, cancellationToken).ConfigureAwait(false) is { } count)
            {
                produced += count;
                firstBatch = false;
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // the cursor moved under this batch: another node took the account over after this one lost its lease,
            // and this batch was rolled back whole (the cursor is a concurrency token)
        }
        if (await lease.KeepAsync(cancellationToken).ConfigureAwait(false))
        {
            produced += await ReplayFailedAsync(account, profile, state, lastMutation, cancellationToken).ConfigureAwait(false);
        }
        return produced;
    }

    /// <summary>
    /// The last mutation recorded, then the stored state's index (which includes it); no state when nothing is pending or a
    /// pull is in progress. The pull check comes after reading the last mutation: a pull commits before it lets go of
    /// its lease, so no mutation up to the last one can still be uncommitted (which would leave a gap the cursor skips).
    /// </summary>
    private async Task<(long LastMutation, SourceStateIndex? State)> ReadStateAsync(PartnerAccountOptions account, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var cursor = await context.ConversionCursors.AsNoTracking().Where(c => c.Account == account.Name)
            .Select(c => (long?)c.LastMutationId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? 0;
        var last = await context.SourceMutations.AsNoTracking().Where(m => m.Integration == account.Integration)
            .MaxAsync(m => (long?)m.Id, cancellationToken).ConfigureAwait(false) ?? 0;
        var pending = last > cursor || await FailedRecordReplay.AnyPendingAsync(context, account, cancellationToken).ConfigureAwait(false);
        if (!pending || await PullLeaseNames.AnyHeldAsync(context, account.Integration, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false))
        {
            return (last, null);
        }
        return (last, await SourceStateIndex.LoadAsync(context, account.Integration, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Converts the next batch up to <paramref name="lastMutation"/>; null when there was nothing to convert or the state
    /// moved since the run indexed it. The batch
    /// is mapped and validated before its transaction begins (its case numbers staged in memory), so the write lock is
    /// held only while the messages, numbers, uitval and cursor are written; a cursor or case number that moved in the
    /// meantime rolls the whole batch back.
    /// </summary>
    private async Task<int?> ConvertBatchAsync(PartnerAccountOptions account, MappingProfile profile, SourceStateIndex state, long lastMutation,
        bool firstBatch, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var cursor = await context.ConversionCursors.SingleOrDefaultAsync(c => c.Account == account.Name, cancellationToken).ConfigureAwait(false);
        if (cursor is null)
        {
            cursor = new ConversionCursor { Account = account.Name };
            context.ConversionCursors.Add(cursor);
        }
        var mutations = await context.SourceMutations.AsNoTracking()
            .Where(m => m.Integration == account.Integration && m.Id > cursor.LastMutationId && m.Id <= lastMutation)
            .OrderBy(m => m.Id).Take(BatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (mutations.Count == 0)
        {
            return null;
        }
        var batch = MutationBatches.From(mutations, account.Integration);
        var snapshot = await BatchSnapshotLoader.LoadAsync(context, state, batch, cancellationToken).ConfigureAwait(false);
        if (await StateMovedAsync(context, account.Integration, lastMutation, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        using var span = GatewayTelemetry.Start("gateway.convert", ("gateway.account", account.Name), ("gateway.integration", account.Integration),
            ("gateway.convert.mutations", mutations.Count), ("gateway.convert.first_mutation", mutations[0].Id));
        await using var sequences = new StagedCaseSequenceStore(database);
        await sequences.PreloadAsync(profile.SequenceScope, AbsenceConversion.CaseIds(batch.Verzuim), cancellationToken).ConfigureAwait(false);
        if (firstBatch)
        {
            // the staff counts come from the run's employment facts, the same for every batch: compared once per run
            batch.StaffCountChanged.UnionWith(await StaffCountChanges.FindAsync(context, account.Name, profile, snapshot, SiviConversionService.Today(clock), cancellationToken).ConfigureAwait(false));
        }
        var result = await new SiviConversionService(profile, validator, sequences, clock, loggers.CreateLogger<SiviConversionService>())
            .ConvertAsync(batch, snapshot, cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await sequences.WriteAsync(context, cancellationToken).ConfigureAwait(false);
        await AddMessagesAsync(context, account, result, now, cancellationToken).ConfigureAwait(false);
        var open = await OpenUitval.LoadAsync(context, account.Name, [UitvalStage.Transformation, UitvalStage.Validation], cancellationToken).ConfigureAwait(false);
        RaiseFailures(context, account, result, mutations, open, now);
        cursor.LastMutationId = mutations[^1].Id;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        span?.SetTag("gateway.convert.messages", result.Messages.Count);
        span?.SetTag("gateway.convert.failures", result.Failures.Count);
        return result.Messages.Count;
    }

    /// <summary>
    /// Converts again the records whose failure is to be tried again (<see cref="FailedRecordReplay"/>), in one
    /// transaction with their messages: a record that now goes through closes its entry ("resolved by the sync of …"),
    /// one that fails again keeps it open with the new reason (an entry an admin already closed gets a new one).
    /// </summary>
    private async Task<int> ReplayFailedAsync(PartnerAccountOptions account, MappingProfile profile, SourceStateIndex state, long lastMutation,
        CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entries = await FailedRecordReplay.PendingAsync(context, account, cancellationToken).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var replays = new List<(UitvalEntry Entry, SourceMutation Mutation)>();
        foreach (var entry in entries)
        {
            entry.Account ??= account.Name;
            var requested = entry.RetryRequestedUtc!.Value;
            if (await FailedRecordReplay.MutationAsync(context, account.Integration, entry, now, cancellationToken).ConfigureAwait(false) is { } mutation)
            {
                replays.Add((entry, mutation));
            }
            else if (entry.Status == UitvalStatus.Open)
            {
                UitvalRecords.Resolve(context, entry, "the record is no longer in AFAS; " + UitvalRecords.SyncResolution(requested), now);
            }
            else
            {
                entry.RetryRequestedUtc = null;
            }
        }
        var mutations = replays.Select(r => r.Mutation).ToList();
        var batch = MutationBatches.From(mutations, account.Integration);
        var snapshot = await BatchSnapshotLoader.LoadAsync(context, state, batch, cancellationToken).ConfigureAwait(false);
        if (await StateMovedAsync(context, account.Integration, lastMutation, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }
        var result = await Service(profile, context).ConvertAsync(batch, snapshot, cancellationToken).ConfigureAwait(false);
        await AddMessagesAsync(context, account, result, now, cancellationToken).ConfigureAwait(false);
        var failedKeys = result.Failures.Select(f => f.RecordKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (entry, _) in replays.Where(r => r.Entry.Status == UitvalStatus.Open && !failedKeys.Contains(r.Entry.RecordKey!)))
        {
            UitvalRecords.Resolve(context, entry, UitvalRecords.SyncResolution(entry.RetryRequestedUtc!.Value), now);
        }
        var open = await OpenUitval.LoadAsync(context, account.Name, [UitvalStage.Transformation, UitvalStage.Validation], cancellationToken).ConfigureAwait(false);
        foreach (var (entry, _) in replays.Where(r => r.Entry.Status != UitvalStatus.Open))
        {
            open.Forget(entry);
        }
        // a record that failed again updates its open entry (audited); every request is answered either way
        RaiseFailures(context, account, result, mutations, open, now);
        foreach (var (entry, _) in replays)
        {
            entry.RetryRequestedUtc = null;
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result.Messages.Count;
    }

    /// <summary>Whether a mutation was recorded after <paramref name="lastMutation"/>: the stored state is newer than the run's index.</summary>
    private static async Task<bool> StateMovedAsync(GatewayDbContext context, string integration, long lastMutation, CancellationToken cancellationToken) =>
        await context.SourceMutations.AsNoTracking().AnyAsync(m => m.Integration == integration && m.Id > lastMutation, cancellationToken).ConfigureAwait(false);

    private SiviConversionService Service(MappingProfile profile, GatewayDbContext context) =>
        new(profile, validator, new DatabaseCaseSequenceStore(context), clock, loggers.CreateLogger<SiviConversionService>(), parallelism: 1);

    private static Task AddMessagesAsync(GatewayDbContext context, PartnerAccountOptions account, ConversionResult result, DateTime now, CancellationToken cancellationToken) =>
        LedgerWriter.AddAllAsync(context, account.Name, result.Messages.Select(message => new NewLedgerMessage(account.Name, message.MessageName,
            message.Release, message.SubjectKey, message.Berrefnr, message.FileName, message.Content)), now, cancellationToken);

    /// <summary>Each failure as uitval of the account, from the mutation of its record; a record with an open entry updates it.</summary>
    private static void RaiseFailures(GatewayDbContext context, PartnerAccountOptions account, ConversionResult result, List<SourceMutation> mutations,
        OpenUitval open, DateTime now)
    {
        if (result.Failures.Count == 0)
        {
            return;
        }
        var mutationOf = new Dictionary<(string, string), long>();
        foreach (var mutation in mutations)
        {
            mutationOf[(mutation.Connector, mutation.RecordKey)] = mutation.Id;
        }
        foreach (var failure in result.Failures)
        {
            long? mutationId = failure.RecordKey is not null && mutationOf.TryGetValue((failure.Connector, failure.RecordKey), out var id) && id > 0 ? id : null;
            open.Raise(context, failure.ToUitvalEntry(now, account.Name, mutationId), now);
        }
    }
}

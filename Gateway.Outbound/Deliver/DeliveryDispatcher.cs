using Gateway.Core.Accounts;
using Gateway.Core.Coordination;
using Gateway.Core.Ledger;
using Gateway.Core.Outages;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Gateway.Core.Telemetry;
using Gateway.Transport.Delivery;
using Gateway.Transport.Sftp.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Deliver;

/// <summary>
/// Delivers an account's queued messages, one account at a time per lease (so on any number of nodes one deliverer
/// works an account) and in creation order, skipping cases whose earlier message is not delivered yet: the order per
/// case holds, and one failing case does not stop the others.
/// <para>Crash safety: the upload is idempotent by file name (an existing identical final file counts as delivered).
/// The state changes and their events are committed together for a group of uploads (at most
/// <see cref="CommitEvery"/> messages or <see cref="CommitInterval"/>), always before the next batch is chosen and
/// before a failure is recorded. A crash before that commit repeats those uploads on restart, which find their files
/// and record the deliveries: never lost, never twice, and the order per case is kept because a batch is delivered in
/// creation order.</para>
/// <para>Outages: a failure that says the partner cannot be reached (<see cref="PartnerUnreachable"/>) is the account's,
/// not the message's. The run stops, the message stays queued as it was (no attempt counted), and
/// <see cref="PartnerOutages"/> pauses the account with one alert; later runs deliver nothing until the next probe is
/// due, and the first delivery that gets through ends the outage.</para>
/// </summary>
public sealed class DeliveryDispatcher(GatewayDatabase database, TimeProvider clock, DeliveryRetryPolicy retry, PartnerOutages outages, ILogger<DeliveryDispatcher> logger,
    AccountCatalog? accounts = null)
{
    private const int BatchSize = 100;
    private const int CommitEvery = 50;
    private static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(1);
    private static readonly LedgerState[] Blocking = [LedgerState.Validated, LedgerState.Failed, LedgerState.Held];

    /// <summary>Delivers what is deliverable now; returns how many messages were delivered. Nothing while the account's partner is unreachable and its next probe is not due.</summary>
    public async Task<int> RunOnceAsync(string account, IDeliveryTarget target, CancellationToken cancellationToken)
    {
        var outage = await outages.FindAsync(account, cancellationToken).ConfigureAwait(false);
        if (outages.IsPaused(outage))
        {
            return 0;
        }
        await using var lease = await new LeaseStore(database, clock).TryHoldAsync("deliver:" + account, retry.LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return 0;
        }
        var run = new DeliveryRun(account, target, lease, outage is not null);
        var delivered = 0;
        while (true)
        {
            var (progress, stop) = await DeliverBatchAsync(run, cancellationToken).ConfigureAwait(false);
            delivered += progress;
            if (stop || progress == 0)
            {
                return delivered;
            }
        }
    }

    /// <summary>One batch in creation order; its deliveries are committed in groups. Stop: the lease was lost, the account is blocked or its partner unreachable.</summary>
    private async Task<(int Delivered, bool Stop)> DeliverBatchAsync(DeliveryRun run, CancellationToken cancellationToken)
    {
        var (account, target, lease) = (run.Account, run.Target, run.Lease);
        var batch = await NextBatchAsync(account, cancellationToken).ConfigureAwait(false);
        var stalledCases = new HashSet<string>(StringComparer.Ordinal);
        await using var group = new DeliveredGroup(database, logger);
        // the batch's messages in one query; while this deliverer holds the lease nothing else moves a queued message
        var messages = await group.Context.LedgerMessages.Where(m => batch.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, cancellationToken).ConfigureAwait(false);
        var uitval = await DeliveryUitval.LoadAsync(group.Context, account, cancellationToken).ConfigureAwait(false);
        var delivered = 0;
        foreach (var id in batch)
        {
            if (!await lease.KeepAsync(cancellationToken).ConfigureAwait(false)
                || await HoldIfBlockedAsync(account, group, cancellationToken).ConfigureAwait(false))
            {
                return (delivered, true);
            }
            if (!messages.TryGetValue(id, out var message) || message.State != LedgerState.Queued || stalledCases.Contains(message.CaseKey))
            {
                continue;
            }
            using var span = GatewayTelemetry.Start("gateway.deliver", ("gateway.account", account), ("gateway.message.id", message.MessageId),
                ("gateway.message.type", message.MessageType), ("gateway.message.attempt", message.Attempts + 1));
            try
            {
                await target.DeliverAsync(message.FileName, BodyCompression.Decompress(message.Body, message.BodyLength), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (PartnerUnreachable.Is(e))
            {
                // the account's failure, not this message's: it stays queued as it was, and the account waits for a probe
                await group.CommitAsync().ConfigureAwait(false);
                await outages.RecordFailureAsync(account, "delivery", e.Message, cancellationToken).ConfigureAwait(false);
                return (delivered, true);
            }
            catch (Exception e) when (e is DeliveryFailureException or IOException or UnauthorizedAccessException || IsTransportFailure(e))
            {
                span.Failed(e);
                stalledCases.Add(message.CaseKey);
                await RecordFailureAsync(group, uitval, message, e, cancellationToken).ConfigureAwait(false);
                continue;
            }
            MarkDelivered(group, message);
            uitval.Delivered(group.Context, message, message.DeliveredUtc!.Value);
            delivered++;
            if (run.EndsOutage)
            {
                // the first delivery after an outage got through: commit it, then end the outage and close its alert
                await group.CommitAsync().ConfigureAwait(false);
                await outages.RecordReachableAsync(account, cancellationToken).ConfigureAwait(false);
                run.EndsOutage = false;
            }
            if (group.Count >= CommitEvery || group.Age(clock) >= CommitInterval)
            {
                await group.CommitAsync().ConfigureAwait(false);
            }
        }
        await group.CommitAsync().ConfigureAwait(false);
        return (delivered, false);
    }

    /// <summary>
    /// The oldest queued messages that are due, leaving out cases with an earlier message that cannot go now (failed,
    /// held, not yet queued, or waiting for a retry). Delivered in Id order, so a case's earlier message in the same
    /// batch goes first; a failure in the batch stalls the rest of its case.
    /// </summary>
    private async Task<List<long>> NextBatchAsync(string account, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        return await context.LedgerMessages.AsNoTracking()
            .Where(m => m.Account == account && m.State == LedgerState.Queued && (m.NextAttemptUtc == null || m.NextAttemptUtc <= now))
            .Where(m => !context.LedgerMessages.Any(p => p.Account == m.Account && p.CaseKey == m.CaseKey && p.Id < m.Id
                && (Blocking.Contains(p.State) || (p.State == LedgerState.Queued && p.NextAttemptUtc > now))))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A blocked account delivers nothing more: what was delivered so far is committed and its queued messages become
    /// held (checked before every message, on any node).
    /// </summary>
    private async Task<bool> HoldIfBlockedAsync(string account, DeliveredGroup group, CancellationToken cancellationToken)
    {
        if (!await group.Context.AccountStates.AsNoTracking().AnyAsync(a => a.Account == account && a.Blocked, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        await group.CommitAsync().ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        await group.Context.LedgerMessages.Where(m => m.Account == account && m.State == LedgerState.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.State, LedgerState.Held).SetProperty(m => m.StateChangedUtc, now), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private void MarkDelivered(DeliveredGroup group, LedgerMessage message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        message.State = LedgerState.Delivered;
        message.DeliveredUtc = now;
        message.StateChangedUtc = now;
        message.Attempts++;
        message.LastError = null;
        OutboxWriter.Add(group.Context, new Contracts.SiviMessageDelivered(message.MessageId, message.Account, new DateTimeOffset(now, TimeSpan.Zero), message.FileName), now);
        group.Add(message, clock);
    }

    private async Task RecordFailureAsync(DeliveredGroup group, DeliveryUitval uitval, LedgerMessage message, Exception error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var transient = error is not DeliveryFailureException { Transient: false };
        message.Attempts++;
        message.LastError = error.Message;
        message.StateChangedUtc = now;
        if (transient && retry.NextAttempt(message.Attempts, now) is { } next)
        {
            message.NextAttemptUtc = next;
            LedgerLog.Retrying(logger, message.MessageId, message.Account, message.Attempts, next, error.Message);
        }
        else
        {
            message.State = LedgerState.Failed;
            var integration = accounts?.All.FirstOrDefault(a => a.Name == message.Account)?.Integration ?? message.Account;
            await uitval.FailedAsync(group.Context, message, integration,
                $"delivery of {message.FileName} failed after {message.Attempts} attempts: {error.Message}", now, cancellationToken).ConfigureAwait(false);
            LedgerLog.Failed(logger, message.MessageId, message.Account, message.Attempts, error.Message);
        }
        await group.CommitAsync().ConfigureAwait(false);
    }

    /// <summary>Transport libraries' own exception types (SFTP) count as transient transport failures.</summary>
    private static bool IsTransportFailure(Exception e) => e.GetType().Namespace?.StartsWith("Gateway.Transport", StringComparison.Ordinal) == true;

    /// <summary>One run over an account: where it delivers, under which lease, and whether its first delivery ends an outage.</summary>
    private sealed class DeliveryRun(string account, IDeliveryTarget target, HeldLease lease, bool endsOutage)
    {
        public string Account { get; } = account;

        public IDeliveryTarget Target { get; } = target;

        public HeldLease Lease { get; } = lease;

        public bool EndsOutage { get; set; } = endsOutage;
    }
}

using Gateway.Core.Accounts;
using Gateway.Core.Coordination;
using Gateway.Core.Ledger;
using Gateway.Core.Outages;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
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
/// The state changes and their events are committed together (set-based, <see cref="DeliveredGroup"/>) for a round of uploads (at most
/// <see cref="CommitEvery"/> messages), always before the next round or batch is chosen and with a failure recorded. A crash before that commit repeats those uploads on restart, which find their files
/// and record the deliveries: never lost, never twice, and the order per case is kept because a batch is delivered in
/// creation order.</para>
/// <para>Sessions: an account may deliver over several sessions at once (<c>Delivery:Sftp:Sessions</c>); a round's
/// messages are spread over them by case (<see cref="DeliveryRound"/>), so a case's messages still go one after another.</para>
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
    private static readonly LedgerState[] Blocking = [LedgerState.Validated, LedgerState.Failed, LedgerState.Held];

    /// <summary>Delivers what is deliverable now; returns how many messages were delivered. Nothing while the account's partner is unreachable and its next probe is not due.</summary>
    public Task<int> RunOnceAsync(string account, IDeliveryTarget target, CancellationToken cancellationToken) =>
        RunOnceAsync(account, [target], cancellationToken);

    /// <summary>
    /// Delivers what is deliverable now over one or more sessions to the same destination (<paramref name="sessions"/>,
    /// e.g. SFTP connections); a case's messages always go over one session, one after another.
    /// </summary>
    public async Task<int> RunOnceAsync(string account, IReadOnlyList<IDeliveryTarget> sessions, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sessions.Count);
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
        var run = new DeliveryRun(account, sessions, lease, outage is not null);
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

    /// <summary>
    /// One batch in creation order, in rounds of at most <see cref="CommitEvery"/> messages: before each round the lease
    /// and the account's block are checked, the round's uploads run (spread over the sessions by case), and its state
    /// changes and events are committed together. Stop: the lease was lost, the account is blocked or its partner unreachable.
    /// </summary>
    private async Task<(int Delivered, bool Stop)> DeliverBatchAsync(DeliveryRun run, CancellationToken cancellationToken)
    {
        var account = run.Account;
        var batch = await NextBatchAsync(account, run.Sessions.Count, cancellationToken).ConfigureAwait(false);
        var stalledCases = new HashSet<string>(StringComparer.Ordinal);
        await using var group = new DeliveredGroup(database, logger);
        // the batch's messages in one query, untracked (a commit updates their rows set-based); while this deliverer
        // holds the lease nothing else moves a queued message
        var messages = await group.Context.LedgerMessages.AsNoTracking().Where(m => batch.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, cancellationToken).ConfigureAwait(false);
        var uitval = await DeliveryUitval.LoadAsync(group.Context, account, cancellationToken).ConfigureAwait(false);
        var delivered = 0;
        var next = 0;
        while (next < batch.Count)
        {
            if (!await run.Lease.KeepAsync(cancellationToken).ConfigureAwait(false)
                || await HoldIfBlockedAsync(account, group, cancellationToken).ConfigureAwait(false))
            {
                return (delivered, true);
            }
            var round = new List<LedgerMessage>(CommitEvery);
            for (; next < batch.Count && round.Count < CommitEvery; next++)
            {
                if (messages.TryGetValue(batch[next], out var message) && message.State == LedgerState.Queued && !stalledCases.Contains(message.CaseKey))
                {
                    round.Add(message);
                }
            }
            var outcomes = await DeliveryRound.UploadAsync(run.Sessions, round, cancellationToken).ConfigureAwait(false);
            Exception? unreachable = null;
            var deliveredUtc = clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < round.Count; i++)
            {
                var (message, outcome) = (round[i], outcomes[i]);
                if (outcome.Error is { } error && PartnerUnreachable.Is(error))
                {
                    unreachable ??= error;
                }
                else if (outcome.Error is { } failure)
                {
                    stalledCases.Add(message.CaseKey);
                    await RecordFailureAsync(group, uitval, message, failure, cancellationToken).ConfigureAwait(false);
                }
                else if (outcome.Delivered)
                {
                    MarkDelivered(group, message, deliveredUtc);
                    uitval.Delivered(group.Context, message, deliveredUtc);
                    delivered++;
                }
            }
            await group.CommitAsync().ConfigureAwait(false);
            if (unreachable is not null)
            {
                // the account's failure, not a message's: those not delivered stay queued as they were, and the account waits for a probe
                await outages.RecordFailureAsync(account, "delivery", unreachable.Message, cancellationToken).ConfigureAwait(false);
                return (delivered, true);
            }
            if (run.EndsOutage && delivered > 0)
            {
                // the first deliveries after an outage got through (committed above): end the outage and close its alert
                await outages.RecordReachableAsync(account, cancellationToken).ConfigureAwait(false);
                run.EndsOutage = false;
            }
        }
        return (delivered, false);
    }

    /// <summary>
    /// The oldest queued messages that are due, leaving out cases with an earlier message that cannot go now (failed,
    /// held, not yet queued, or waiting for a retry). Delivered in Id order, so a case's earlier message in the same
    /// batch goes first; a failure in the batch stalls the rest of its case.
    /// </summary>
    private async Task<List<long>> NextBatchAsync(string account, int sessions, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        return await context.LedgerMessages.AsNoTracking()
            .Where(m => m.Account == account && m.State == LedgerState.Queued && (m.NextAttemptUtc == null || m.NextAttemptUtc <= now))
            .Where(m => !context.LedgerMessages.Any(p => p.Account == m.Account && p.CaseKey == m.CaseKey && p.Id < m.Id
                && (Blocking.Contains(p.State) || (p.State == LedgerState.Queued && p.NextAttemptUtc > now))))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(BatchSize * sessions)
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

    private void MarkDelivered(DeliveredGroup group, LedgerMessage message, DateTime now)
    {
        message.State = LedgerState.Delivered;
        message.DeliveredUtc = now;
        message.StateChangedUtc = now;
        message.Attempts++;
        message.LastError = null;
        group.Add(message, OutboxWriter.Entry(new Contracts.SiviMessageDelivered(message.MessageId, message.Account, new DateTimeOffset(now, TimeSpan.Zero), message.FileName), now), clock);
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
        group.AddFailed(message);
        await group.CommitAsync().ConfigureAwait(false);
    }

    /// <summary>One run over an account: the sessions it delivers over, under which lease, and whether its first delivery ends an outage.</summary>
    private sealed class DeliveryRun(string account, IReadOnlyList<IDeliveryTarget> sessions, HeldLease lease, bool endsOutage)
    {
        public string Account { get; } = account;

        public IReadOnlyList<IDeliveryTarget> Sessions { get; } = sessions;

        public HeldLease Lease { get; } = lease;

        public bool EndsOutage { get; set; } = endsOutage;
    }
}

using Gateway.Host.Coordination;
using Gateway.Host.Delivery;
using Gateway.Host.Persistence;
using Gateway.Host.Uitval;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Ledger;

/// <summary>
/// Delivers an account's queued messages, one account at a time per lease (so on any number of nodes one deliverer
/// works an account) and in creation order, skipping cases whose earlier message is not delivered yet: the order per
/// case holds, and one failing case does not stop the others.
/// <para>Crash safety: the upload is idempotent by file name (an existing identical final file counts as delivered),
/// and the state change plus its event commit in one transaction after it. A crash between upload and commit repeats
/// the upload on restart, which finds the file and records the delivery: never lost, never twice.</para>
/// </summary>
public sealed class DeliveryDispatcher(GatewayDatabase database, TimeProvider clock, DeliveryRetryPolicy retry, ILogger<DeliveryDispatcher> logger)
{
    private static readonly LedgerState[] Blocking = [LedgerState.Validated, LedgerState.Failed, LedgerState.Held];

    /// <summary>Delivers what is deliverable now; returns how many messages were delivered.</summary>
    public async Task<int> RunOnceAsync(string account, IDeliveryTarget target, CancellationToken cancellationToken)
    {
        var leases = new LeaseStore(database, clock);
        var leaseName = "deliver:" + account;
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        if (!await leases.TryAcquireAsync(leaseName, holder, retry.LeaseDuration, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }
        try
        {
            var delivered = 0;
            while (true)
            {
                var batch = await NextBatchAsync(account, cancellationToken).ConfigureAwait(false);
                var stalledCases = new HashSet<string>(StringComparer.Ordinal);
                var progress = 0;
                foreach (var id in batch)
                {
                    if (!await leases.RenewAsync(leaseName, holder, retry.LeaseDuration, cancellationToken).ConfigureAwait(false)
                        || await HoldIfBlockedAsync(account, cancellationToken).ConfigureAwait(false))
                    {
                        return delivered + progress;
                    }
                    if (await DeliverOneAsync(id, target, stalledCases, cancellationToken).ConfigureAwait(false))
                    {
                        progress++;
                    }
                }
                delivered += progress;
                if (progress == 0)
                {
                    return delivered;
                }
            }
        }
        finally
        {
            await leases.ReleaseAsync(leaseName, holder, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private const int BatchSize = 100;

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

    /// <summary>A blocked account delivers nothing more: its queued messages become held (within one message, on any node).</summary>
    private async Task<bool> HoldIfBlockedAsync(string account, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        if (!await context.AccountStates.AnyAsync(a => a.Account == account && a.Blocked, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await context.LedgerMessages.Where(m => m.Account == account && m.State == LedgerState.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.State, LedgerState.Held).SetProperty(m => m.StateChangedUtc, now), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> DeliverOneAsync(long id, IDeliveryTarget target, HashSet<string> stalledCases, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var message = await context.LedgerMessages.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (message.State != LedgerState.Queued || stalledCases.Contains(message.CaseKey))
        {
            return false;
        }
        try
        {
            await target.DeliverAsync(message.FileName, BodyCompression.Decompress(message.Body, message.BodyLength), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DeliveryFailureException or IOException or TimeoutException or UnauthorizedAccessException || IsTransportFailure(e))
        {
            stalledCases.Add(message.CaseKey);
            await RecordFailureAsync(context, message, e, cancellationToken).ConfigureAwait(false);
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        message.State = LedgerState.Delivered;
        message.DeliveredUtc = now;
        message.StateChangedUtc = now;
        message.Attempts++;
        message.LastError = null;
        OutboxWriter.Add(context, new Bus.Contracts.SiviMessageDelivered(message.MessageId, message.Account, new DateTimeOffset(now, TimeSpan.Zero), message.FileName), now);
        await context.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        LedgerLog.Delivered(logger, message.MessageId, message.Account, message.MessageType, message.FileName);
        return true;
    }

    private async Task RecordFailureAsync(GatewayDbContext context, LedgerMessage message, Exception error, CancellationToken cancellationToken)
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
            var uitval = new UitvalEntry
            {
                Integration = message.Account,
                Stage = UitvalStage.Delivery,
                Connector = message.MessageType,
                RecordKey = message.CaseKey,
                Reason = $"delivery of {message.FileName} failed after {message.Attempts} attempts: {error.Message}",
                Status = UitvalStatus.Open,
                CreatedUtc = now,
            };
            context.Uitval.Add(uitval);
            LedgerLog.Failed(logger, message.MessageId, message.Account, message.Attempts, error.Message);
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Transport libraries' own exception types (SFTP) count as transient transport failures.</summary>
    private static bool IsTransportFailure(Exception e) => e.GetType().Namespace?.StartsWith("Gateway.Transport", StringComparison.Ordinal) == true;
}

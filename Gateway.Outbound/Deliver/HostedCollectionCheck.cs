using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Deliver;

/// <summary>
/// Hosted (pull) accounts: a message is delivered when it is in the partner's outbox; once the partner has collected
/// it (the file is gone from the outbox) its <see cref="LedgerMessage.CollectedUtc"/> is recorded.
/// </summary>
public sealed class HostedCollectionCheck(GatewayDatabase database, TimeProvider clock)
{
    /// <summary>Returns how many messages were newly seen collected.</summary>
    public async Task<int> RunOnceAsync(string account, string outboxFolder, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var waiting = await context.LedgerMessages
            .Where(m => m.Account == account && m.CollectedUtc == null && (m.State == LedgerState.Delivered || m.State == LedgerState.Acknowledged || m.State == LedgerState.Rejected))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var collected = 0;
        foreach (var message in waiting.Where(m => !File.Exists(Path.Combine(outboxFolder, m.FileName))))
        {
            message.CollectedUtc = now;
            collected++;
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return collected;
    }
}

using Gateway.Core.Accounts;
using Gateway.Core.Audit;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Core.Uitval;

/// <summary>
/// The retry of seed 000 ("during the next synchronisation at 21:00 failed records are fetched again and cleared by
/// their key"): called by a scheduled full pull of a data stream once its state is stored, it asks the stage each open
/// transformation, validation and delivery entry of that stream failed in to try the record again
/// (<see cref="IUitvalRetry"/>), stamps the entry with the sync's time and audits it. The entries stay open: the stage
/// closes them when the record goes through ("resolved by the sync of …") or records the new reason when it fails
/// again. Import uitval needs no asking: the pull itself read every row again. Which streams retry is the
/// integration's choice (<c>Connectors:&lt;id&gt;:RetryFailedRecords</c>, every stream but Verzuim by default).
/// </summary>
public sealed partial class ScheduledUitvalRetry(GatewayDatabase database, IEnumerable<IUitvalRetry> retries, AccountCatalog accounts,
    ILogger<ScheduledUitvalRetry> logger)
{
    /// <summary>Asks for the retry of the open entries of <paramref name="connector"/>'s stream raised before the sync; returns how many.</summary>
    public async Task<int> RunAsync(string integration, string connector, DateTimeOffset syncTime, CancellationToken cancellationToken)
    {
        var names = accounts.All.Where(a => a.Integration == integration).Select(a => a.Name).ToList();
        var sync = syncTime.UtcDateTime;
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var candidates = await context.Uitval
            .Where(u => u.Status == UitvalStatus.Open && u.Stage != UitvalStage.Import && u.RetryRequestedUtc == null && u.CreatedUtc < sync
                && (u.Integration == integration || (u.Account != null && names.Contains(u.Account))))
            .OrderBy(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var requested = 0;
        foreach (var entry in candidates)
        {
            if (retries.FirstOrDefault(r => r.Handles(entry)) is not { } retry || retry.StreamOf(entry) != connector)
            {
                continue;
            }
            var outcome = await retry.RetryAsync(context, entry, sync, cancellationToken).ConfigureAwait(false);
            if (!outcome.Done)
            {
                LogNotRetried(entry.Id, entry.Stage, entry.RecordKey, outcome.Detail);
                continue;
            }
            entry.RetryRequestedUtc = sync;
            context.AuditLog.Add(new AuditEntry
            {
                AtUtc = sync,
                User = UitvalRecords.SyncUser,
                Action = "uitval.retry.scheduled",
                Target = $"uitval/{entry.Id}",
                Reason = $"sync of {integration}/{connector}: {outcome.Detail}",
            });
            requested++;
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (requested > 0)
        {
            LogRequested(integration, connector, requested);
        }
        return requested;
    }

    [LoggerMessage(EventId = 1701, Level = LogLevel.Information, Message = "Sync of {Integration}/{Connector}: {Count} failed records are tried again")]
    private partial void LogRequested(string integration, string connector, int count);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "Uitval {UitvalId} ({Stage}, record {RecordKey}) is not tried again: {Detail}")]
    private partial void LogNotRetried(long uitvalId, UitvalStage stage, string? recordKey, string detail);
}

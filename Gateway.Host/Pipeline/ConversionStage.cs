using Gateway.Host.Accounts;
using Gateway.Host.Coordination;
using Gateway.Host.Ledger;
using Gateway.Host.Mapping.Conversion;
using Gateway.Host.Mapping.Profile;
using Gateway.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Pipeline;

/// <summary>
/// Turns an integration's new mutations into validated messages for one account. One transaction per batch holds
/// the messages (queued, or held when the account is blocked), their case sequence numbers, the uitval of records that
/// failed mapping or validation, and the account's cursor: a batch is converted exactly once, crash or not.
/// </summary>
public sealed class ConversionStage(GatewayDatabase database, SiviValidator validator, TimeProvider clock, ILoggerFactory loggers)
{
    private const int BatchSize = 2000;
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    /// <summary>Converts every pending batch; returns the number of messages produced.</summary>
    public async Task<int> RunOnceAsync(PartnerAccountOptions account, MappingProfile profile, CancellationToken cancellationToken)
    {
        var leases = new LeaseStore(database, clock);
        var leaseName = "convert:" + account.Name;
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        if (!await leases.TryAcquireAsync(leaseName, holder, LeaseDuration, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }
        try
        {
            var produced = 0;
            while (await ConvertBatchAsync(account, profile, cancellationToken).ConfigureAwait(false) is { } count)
            {
                produced += count;
                await leases.RenewAsync(leaseName, holder, LeaseDuration, cancellationToken).ConfigureAwait(false);
            }
            return produced;
        }
        finally
        {
            await leases.ReleaseAsync(leaseName, holder, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Converts the next batch; null when there was nothing to convert.</summary>
    private async Task<int?> ConvertBatchAsync(PartnerAccountOptions account, MappingProfile profile, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var cursor = await context.ConversionCursors.SingleOrDefaultAsync(c => c.Account == account.Name, cancellationToken).ConfigureAwait(false);
        if (cursor is null)
        {
            cursor = new ConversionCursor { Account = account.Name };
            context.ConversionCursors.Add(cursor);
        }
        var mutations = await context.SourceMutations.AsNoTracking()
            .Where(m => m.Integration == account.Integration && m.Id > cursor.LastMutationId)
            .OrderBy(m => m.Id).Take(BatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (mutations.Count == 0)
        {
            return null;
        }
        var snapshot = await SourceSnapshotLoader.LoadAsync(context, account.Integration, cancellationToken).ConfigureAwait(false);
        var service = new SiviConversionService(profile, validator, new DatabaseCaseSequenceStore(context), clock,
            loggers.CreateLogger<SiviConversionService>(), parallelism: 1);
        var result = await service.ConvertAsync(mutations, snapshot, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var message in result.Messages)
        {
            await LedgerWriter.AddAsync(context, new NewLedgerMessage(account.Name, message.MessageName, message.Release, message.SubjectKey,
                message.Berrefnr, message.FileName, message.Content), now, cancellationToken).ConfigureAwait(false);
        }
        foreach (var failure in result.Failures)
        {
            context.Uitval.Add(failure.ToUitvalEntry(now));
        }
        cursor.LastMutationId = mutations[^1].Id;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result.Messages.Count;
    }
}

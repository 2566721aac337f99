using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Changes;

/// <summary>
/// Retrying an import failure (a row that could not be read) forgets the record's stored state, so the next pull brings
/// it in as new. (Transformation and validation failures are tried again by the conversion: ConversionUitvalRetry.)
/// </summary>
public sealed class RecordUitvalRetry : IUitvalRetry
{
    public IReadOnlyCollection<UitvalStage> Stages { get; } = [UitvalStage.Import];

    public async Task<UitvalRetryOutcome> RetryAsync(GatewayDbContext context, UitvalEntry entry, DateTime now, CancellationToken cancellationToken)
    {
        if (entry.RecordKey is not null)
        {
            await context.ConnectorRecords.Where(r => r.Integration == entry.Integration && r.Connector == entry.Connector && r.RecordKey == entry.RecordKey)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
        return new(true, "resolved; the next sync reads the record again");
    }
}

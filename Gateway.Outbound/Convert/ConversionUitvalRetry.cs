using Gateway.Core.Persistence;
using Gateway.Core.Uitval;

namespace Gateway.Outbound.Convert;

/// <summary>
/// Retrying a transformation or validation failure: the conversion stage of the entry's account converts the record
/// again, from the mutation that failed and the current AFAS state (<see cref="FailedRecordReplay"/>), at its next run.
/// The entry carries the request (<see cref="UitvalEntry.RetryRequestedUtc"/>, set by the caller).
/// </summary>
public sealed class ConversionUitvalRetry : IUitvalRetry
{
    public IReadOnlyCollection<UitvalStage> Stages { get; } = [UitvalStage.Transformation, UitvalStage.Validation];

    public Task<UitvalRetryOutcome> RetryAsync(GatewayDbContext context, UitvalEntry entry, DateTime now, CancellationToken cancellationToken) =>
        Task.FromResult(entry.RecordKey is null
            ? new UitvalRetryOutcome(false, "names no record to convert again; dismiss it instead")
            : new UitvalRetryOutcome(true, "the conversion tries the record again with the current AFAS state"));
}

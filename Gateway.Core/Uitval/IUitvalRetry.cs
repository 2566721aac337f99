using Gateway.Core.Persistence;

namespace Gateway.Core.Uitval;

/// <summary>
/// What retrying an open uitval entry does in the stage it failed in, declared here so uitvalbeheer (CLI, admin) needs
/// no stage: delivery puts the failed message back in the queue, AFAS forgets the record's stored state so the next
/// pull brings it in again. Runs inside the retry's transaction, which also closes the entry when the retry is done.
/// </summary>
public interface IUitvalRetry
{
    /// <summary>The stages whose entries this retries.</summary>
    IReadOnlyCollection<UitvalStage> Stages { get; }

    Task<UitvalRetryOutcome> RetryAsync(GatewayDbContext context, UitvalEntry entry, DateTime now, CancellationToken cancellationToken);
}

/// <summary>What a stage's retry did: <paramref name="Done"/> closes the entry; otherwise <paramref name="Detail"/> says why not ("has no …; dismiss it instead").</summary>
public sealed record UitvalRetryOutcome(bool Done, string Detail, long? MessageId = null, string? MessageState = null);

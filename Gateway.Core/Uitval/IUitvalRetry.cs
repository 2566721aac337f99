using Gateway.Core.Persistence;

namespace Gateway.Core.Uitval;

/// <summary>
/// What retrying an uitval entry does in the stage it failed in, declared here so uitvalbeheer (CLI, admin) and the
/// scheduled retry (<see cref="ScheduledUitvalRetry"/>) need no stage: delivery puts the failed message back in the
/// queue, conversion tries the record again with the current AFAS state, AFAS forgets an unreadable record's state so
/// the next pull brings it in again. Runs inside the caller's transaction; an admin's retry closes the entry when the
/// retry is done, the scheduled retry leaves it open for the stage to close (it went through) or update (it failed again).
/// </summary>
public interface IUitvalRetry
{
    /// <summary>The stages whose entries this retries.</summary>
    IReadOnlyCollection<UitvalStage> Stages { get; }

    /// <summary>
    /// Whether this retries <paramref name="entry"/>: by default any entry of its <see cref="Stages"/>. Two retries of one
    /// stage tell their entries apart here (delivery of a ledger message, delivery of a dossier item into AFAS).
    /// </summary>
    bool Handles(UitvalEntry entry) => Stages.Contains(entry.Stage);

    Task<UitvalRetryOutcome> RetryAsync(GatewayDbContext context, UitvalEntry entry, DateTime now, CancellationToken cancellationToken);

    /// <summary>
    /// The data stream (AFAS connector) whose scheduled full sync retries <paramref name="entry"/> by itself; null when
    /// only an admin does. By default the entry's own connector.
    /// </summary>
    string? StreamOf(UitvalEntry entry) => entry.Connector;
}

/// <summary>What a stage's retry did: <paramref name="Done"/> closes the entry; otherwise <paramref name="Detail"/> says why not ("has no …; dismiss it instead").</summary>
public sealed record UitvalRetryOutcome(bool Done, string Detail, long? MessageId = null, string? MessageState = null);

using Gateway.Receiving.Events;
using Sivi.Messages.Model;

namespace Gateway.Receiving.Processing;

/// <summary>
/// What became of one received file, with everything the caller has to do next: send the Retourmelding (when one is
/// due) through the account's transport, publish the event (when processed), report the errors at the account's mail
/// level — and the same for every waiting file this one released.
/// </summary>
public sealed record ReceivedFileOutcome
{
    public required string Account { get; init; }

    public required string FileName { get; init; }

    /// <summary>The register's id of the file (its arrival order).</summary>
    public required long FileId { get; init; }

    public required ReceivedFileStatus Status { get; init; }

    /// <summary>The recognised SIVI type, or null when the file was not recognised.</summary>
    public string? MessageType { get; init; }

    public string? Release { get; init; }

    /// <summary>The message's Berrefnr, when the header could be read.</summary>
    public string? Berrefnr { get; init; }

    /// <summary>Why the file was refused or waits, each with its SrtFoutCd and Toelichting; empty when processed or held.</summary>
    public IReadOnlyList<ReceivingError> Errors { get; init; } = [];

    /// <summary>The answer to send to the sender, in the sender's release; null when none is due (or none can be built).</summary>
    public Retourmelding1? Retourmelding { get; init; }

    /// <summary>For a processed file: the event to publish for downstream case systems.</summary>
    public MessageApplied? Event { get; init; }

    /// <summary>Waiting files this file's application released (applied or, when no longer valid, refused), in the order handled.</summary>
    public IReadOnlyList<ReceivedFileOutcome> Released { get; init; } = [];

    /// <summary>Whether a Retourmelding answers this file (also once <see cref="WithoutDocuments"/> dropped it).</summary>
    public bool RetourmeldingDue => Retourmelding is not null || RetourmeldingDropped;

    private bool RetourmeldingDropped { get; init; }

    /// <summary>
    /// The same file (name, Berrefnr, bytes) as one already recorded with this outcome, handed over again after a run
    /// stopped between committing and removing the partner's copy: nothing was applied or answered again.
    /// </summary>
    public bool Replay { get; init; }

    /// <summary>
    /// This outcome without its typed documents (<see cref="Retourmelding"/> and <see cref="Event"/>): what a run keeps of
    /// a committed file for its report — the register's outboxes hold the documents — so a long run does not keep every
    /// message in memory. <see cref="RetourmeldingDue"/> stays as it was.
    /// </summary>
    public ReceivedFileOutcome WithoutDocuments() => this with
    {
        Retourmelding = null,
        Event = null,
        RetourmeldingDropped = RetourmeldingDue,
        Released = [.. Released.Select(r => r.WithoutDocuments())],
    };

    /// <summary>This outcome followed by all released ones, depth first.</summary>
    public IEnumerable<ReceivedFileOutcome> Flatten() => Released.SelectMany(r => r.Flatten()).Prepend(this);
}

namespace Gateway.Core.Ledger;

/// <summary>
/// One SIVI message the gateway produced for a partner account, from validation to the receiver's receipt. The body
/// is kept gzip-compressed for audit and redelivery. Messages of one case (absence case, or employee for employment
/// messages) are delivered in <see cref="Id"/> order: the order they were created in.
/// </summary>
public sealed class LedgerMessage
{
    public long Id { get; set; }

    /// <summary>Stable identity used in events, logs and idempotence checks.</summary>
    public Guid MessageId { get; set; }

    public required string Account { get; set; }

    public required string MessageType { get; set; }

    public required string Release { get; set; }

    /// <summary>Absence case id (VrzmgvlId) or employee id for employment messages; messages of one case keep their order.</summary>
    public required string CaseKey { get; set; }

    public required string Berrefnr { get; set; }

    /// <summary>The final file name at the receiver (type prefix + Berrefnr).</summary>
    public required string FileName { get; set; }

    public LedgerState State { get; set; }

    public required byte[] Body { get; set; }

    public int BodyLength { get; set; }

    /// <summary>The AFAS mutation it came from, when it came from one.</summary>
    public long? SourceMutationId { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptUtc { get; set; }

    /// <summary>Why the last attempt failed (transport text; never message content).</summary>
    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime StateChangedUtc { get; set; }

    public DateTime? DeliveredUtc { get; set; }

    public DateTime? AcknowledgedUtc { get; set; }

    /// <summary>Hosted (pull) accounts: when the partner collected (removed) the file from its outbox.</summary>
    public DateTime? CollectedUtc { get; set; }

    /// <summary>SHA-256 (hex) of the body as sent, kept when retention purges the body.</summary>
    public string? BodySha256 { get; set; }

    /// <summary>When retention purged the body (<see cref="Body"/> is then empty); the row and its hash stay.</summary>
    public DateTime? BodyPurgedUtc { get; set; }
}

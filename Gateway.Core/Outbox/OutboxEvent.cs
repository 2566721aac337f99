namespace Gateway.Core.Outbox;

/// <summary>
/// An event written in the same transaction as the state change it reports and published on the bus afterwards;
/// deleted once published. A crash between commit and publish re-publishes it (at least once; consumers are
/// idempotent by message id).
/// </summary>
public sealed class OutboxEvent
{
    public long Id { get; set; }

    /// <summary>The contract type name, e.g. "SiviMessageDelivered".</summary>
    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTime CreatedUtc { get; set; }
}

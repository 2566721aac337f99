namespace Gateway.Contracts;

/// <summary>A SIVI message was written to the receiver.</summary>
/// <param name="MessageId">The ledger id of the message.</param>
/// <param name="Account">The arbodienst account it went to.</param>
/// <param name="DeliveredAt">When the receiver confirmed the complete file.</param>
/// <param name="TargetFileName">The file name on the receiver (no folder).</param>
public sealed record SiviMessageDelivered(Guid MessageId, string Account, DateTimeOffset DeliveredAt, string TargetFileName);

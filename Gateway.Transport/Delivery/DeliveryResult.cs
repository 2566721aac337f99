namespace Gateway.Transport.Delivery;

/// <summary>The result of delivering one <see cref="OutgoingFile"/>.</summary>
public sealed record DeliveryResult(OutgoingFile File, string FileName, string Path, DeliveryOutcome Outcome, long Bytes);

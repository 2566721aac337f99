namespace Gateway.Transport.Delivery;

/// <summary>
/// One message to deliver as a file. <paramref name="CreatedAt"/> is the message's own, stored timestamp — not the
/// time of the attempt — so that every retry renders the same file name (idempotence depends on it).
/// </summary>
public sealed record OutgoingFile(string Berrefnr, SiviFileType Type, DateTimeOffset CreatedAt, ReadOnlyMemory<byte> Content);

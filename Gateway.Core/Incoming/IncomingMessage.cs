namespace Gateway.Core.Incoming;

/// <summary>
/// One message an arbodienst sent the employer (Documenten, Afspraken): what it was and whether it was taken. Its items
/// are <see cref="IncomingItem"/>s. Keys and reasons only: the content stays in the items.
/// </summary>
public sealed class IncomingMessage
{
    public long Id { get; set; }

    public required string Account { get; set; }

    /// <summary>The SIVI message type, or <c>unknown</c> when the file was not a message the gateway recognises.</summary>
    public required string MessageType { get; set; }

    public string? Release { get; set; }

    /// <summary>The sender's Berrefnr (null when the header could not be read).</summary>
    public string? Berrefnr { get; set; }

    /// <summary>The name the file had at the partner.</summary>
    public required string FileName { get; set; }

    public bool Accepted { get; set; }

    /// <summary>Why the file was refused (scrubbed, never content).</summary>
    public string? Reason { get; set; }

    /// <summary>The Berrefnr of our Retourmelding, when one was sent.</summary>
    public string? RetourmeldingBerrefnr { get; set; }

    public DateTime ReceivedUtc { get; set; }
}

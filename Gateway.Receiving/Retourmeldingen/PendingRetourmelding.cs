namespace Gateway.Receiving.Retourmeldingen;

/// <summary>
/// A Retourmelding made for a sending partner: written in the register's transaction together with the file it answers,
/// pending until it is in the partner's Retourmelding folder, then kept with the time it was delivered (the console's
/// "Retourmeldingen sent"). A crash in between cannot lose it.
/// </summary>
public sealed class PendingRetourmelding
{
    public long Id { get; set; }

    public string Account { get; set; } = "";

    /// <summary>The register's id of the received file it answers.</summary>
    public long FileId { get; set; }

    /// <summary>The name it is delivered under, <c>RM_&lt;Berrefnr&gt;.xml</c>.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The Retourmelding1 document as it is delivered.</summary>
    public byte[] Content { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    /// <summary>When it reached the partner's Retourmelding folder; null while pending.</summary>
    public DateTime? DeliveredUtc { get; set; }
}

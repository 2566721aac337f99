namespace Gateway.Receiving.Retourmeldingen;

/// <summary>
/// A Retourmelding due to a sending partner and not yet in its Retourmelding folder: written in the register's
/// transaction together with the file it answers, removed once it is delivered. A crash in between cannot lose it.
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
}

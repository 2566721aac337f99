namespace Gateway.Core.Incoming;

/// <summary>
/// A document or an afspraak an arbodienst sent, as stored: its metadata (what the admin API shows every role), the
/// description and document bytes (special personal data: never logged, shown to auditors as metadata only), and how
/// far its delivery into AFAS as a dossier item got.
/// <para>Retention: stored documents are kept until removed with their message; a retention rule deletes rows here by
/// <see cref="ReceivedUtc"/> (content first), which nothing else references.</para>
/// </summary>
public sealed class IncomingItem
{
    public long Id { get; set; }

    public long IncomingMessageId { get; set; }

    public required string Account { get; set; }

    public IncomingItemKind Kind { get; set; }

    /// <summary>The message's Berrefnr.</summary>
    public required string Berrefnr { get; set; }

    /// <summary>IdDocument or IdAfspraak (Afspraken before 2026 may lack it: then the position in the message).</summary>
    public required string ItemId { get; set; }

    /// <summary>IdWrknmr: the employer's id of the employee (in AFAS: the employee number).</summary>
    public required string EmployeeId { get; set; }

    /// <summary>VrzmgvlId of the absence case, when the item names one.</summary>
    public string? CaseId { get; set; }

    /// <summary>DatDocument or DatAfspraak.</summary>
    public DateOnly Date { get; set; }

    /// <summary>TijdAfspraak, HH:mm.</summary>
    public string? Time { get; set; }

    /// <summary>SrtDocumentCd, or StatusAfspraakCd.</summary>
    public string? TypeCode { get; set; }

    /// <summary>SrtDocumentOms or OmsSrtAfspraak (with the executor of an afspraak): free text, possibly medical.</summary>
    public string? Description { get; set; }

    /// <summary>A document's file name (Bestandsnm, or one made from its id and type).</summary>
    public string? FileName { get; set; }

    /// <summary>A document's checked file type (pdf, png, …).</summary>
    public string? FileType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the document, hex: shows the same bytes arrived in AFAS without showing them.</summary>
    public string? Sha256 { get; set; }

    /// <summary>The decoded document.</summary>
    public byte[]? Content { get; set; }

    public DossierState DossierState { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptUtc { get; set; }

    /// <summary>The dossier item AFAS made (SbId).</summary>
    public string? AfasSubjectId { get; set; }

    public string? LastError { get; set; }

    public DateTime ReceivedUtc { get; set; }

    public DateTime? DeliveredUtc { get; set; }
}

public enum IncomingItemKind
{
    Document = 1,
    Afspraak = 2,
}

/// <summary>Where an item is on its way into AFAS.</summary>
public enum DossierState
{
    /// <summary>Stored; the account does not deliver this kind into AFAS.</summary>
    Stored = 1,

    /// <summary>Waiting for (another) delivery attempt.</summary>
    Pending = 2,

    /// <summary>A dossier item in AFAS (<see cref="IncomingItem.AfasSubjectId"/>).</summary>
    Delivered = 3,

    /// <summary>AFAS refused it, or did not answer in <c>MaxAttempts</c> runs: uitval.</summary>
    Failed = 4,
}

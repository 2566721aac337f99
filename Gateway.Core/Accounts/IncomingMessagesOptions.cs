namespace Gateway.Core.Accounts;

/// <summary>
/// The messages an arbodienst sends the employer (<c>Gateway:Accounts:&lt;name&gt;:Incoming</c>): Documenten and
/// Afspraken, placed in a folder of the account like its Retourmeldingen. Each file is validated, answered with a
/// Retourmelding when the sender asks (and when it is refused), stored, published, and its items delivered into AFAS
/// as dossier items (<see cref="Dossier"/>).
/// </summary>
public sealed class IncomingMessagesOptions : PolledFolderOptions
{
    public override string FileFilter { get; set; } = "*.xml";

    /// <summary>The message types this account takes; a file of another type is refused. Default Documenten and Afspraken.</summary>
    public List<string> MessageTypes { get; set; } = [IncomingMessageTypes.Documenten, IncomingMessageTypes.Afspraken];

    /// <summary>Largest decoded document accepted (default 20 MB).</summary>
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>File types (extensions, lower case) a document may have; each is checked against its content.</summary>
    public List<string> AllowedFileTypes { get; set; } = ["pdf", "png", "jpg", "jpeg", "tif", "tiff", "docx", "doc", "txt"];

    /// <summary>
    /// What each BestandTypCd means for this partner, as a file type (e.g. <c>"01": "pdf"</c>). SIVI publishes the codes
    /// (01–14) without their meaning, so the gateway reads the type from the file name (Bestandsnm) and checks a
    /// mapped code agrees with it; a document with neither a name nor a mapped code is refused.
    /// </summary>
    public Dictionary<string, string> FileTypeCodes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Answer a refused file with a rejecting Retourmelding even when the sender asked for none (default on).</summary>
    public bool AnswerRefusals { get; set; } = true;

    public DossierDeliveryOptions Dossier { get; set; } = new();
}

/// <summary>How received items go into AFAS: as dossier items (UpdateConnector KnSubject) on the employee.</summary>
public sealed class DossierDeliveryOptions
{
    /// <summary>Deliver documents as dossier items with the document attached (default on).</summary>
    public bool Documents { get; set; } = true;

    /// <summary>Deliver Afspraken as dossier items too (default off: they are kept and shown in the admin API).</summary>
    public bool Afspraken { get; set; }

    /// <summary>The AFAS dossier item type (StId, a free type) documents are filed under.</summary>
    public int DocumentSubjectType { get; set; } = 1;

    /// <summary>The AFAS dossier item type (StId) Afspraken are filed under.</summary>
    public int AfspraakSubjectType { get; set; } = 1;

    /// <summary>Runs an item is tried in when AFAS is unreachable or busy, before it becomes uitval.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait before the next run tries an item again (doubling per attempt, at most an hour).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>The message types an arbodienst sends an employer that the gateway takes in.</summary>
public static class IncomingMessageTypes
{
    public const string Documenten = "Documenten";
    public const string Afspraken = "Afspraken";
}

namespace Gateway.Admin.Data;

/// <summary>
/// A document or afspraak an arbodienst sent, as the admin API shows it. Auditors see metadata only: no description
/// (SrtDocumentOms, the afspraak's kind and who holds it) and no file name, both of which may say something medical.
/// </summary>
internal sealed record IncomingItemRecord(
    long Id,
    string Account,
    string Kind,
    string Berrefnr,
    string ItemId,
    string EmployeeId,
    string? CaseId,
    DateOnly Date,
    string? Time,
    string? TypeCode,
    string? Description,
    string? FileName,
    string? FileType,
    long SizeBytes,
    string? Sha256,
    string DossierState,
    string? AfasSubjectId,
    string? LastError,
    DateTime ReceivedUtc);

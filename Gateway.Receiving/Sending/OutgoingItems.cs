namespace Gateway.Receiving.Sending;

/// <summary>A document the arbodienst sends the employer about an employee (and, optionally, an absence case).</summary>
/// <param name="EmployeeId">IdWrknmr: the employer's id of the employee.</param>
/// <param name="DocumentType">SrtDocumentCd (e.g. 100, 208, 999).</param>
/// <param name="FileName">Bestandsnm, with its extension (the employer checks the content against it).</param>
/// <param name="Content">The file.</param>
/// <param name="Date">DatDocument.</param>
/// <param name="CaseId">VrzmgvlId of the absence case, when the document belongs to one.</param>
/// <param name="FirstAbsenceDay">DatEerstVrzmdg of that case (required by the schema when a case is named).</param>
/// <param name="Description">SrtDocumentOms.</param>
/// <param name="DocumentId">IdDocument; default a new id.</param>
/// <param name="FileTypeCode">BestandTypCd, when agreed with the partner.</param>
public sealed record OutgoingDocument(string EmployeeId, string DocumentType, string FileName, byte[] Content, DateOnly Date,
    string? CaseId = null, DateOnly? FirstAbsenceDay = null, string? Description = null, string? DocumentId = null, string? FileTypeCode = null);

/// <summary>An appointment (afspraak) the arbodienst made for an employee.</summary>
/// <param name="EmployeeId">IdWrknmr.</param>
/// <param name="EmployeeSurname">Achternaam of the employee (the schema requires it).</param>
/// <param name="Date">DatAfspraak.</param>
/// <param name="Time">TijdAfspraak.</param>
/// <param name="Description">OmsSrtAfspraak: what kind of appointment (e.g. "Spreekuur bedrijfsarts").</param>
/// <param name="ExecutorSurname">Achternaam of who holds it.</param>
/// <param name="ExecutorFunction">NmFnct of who holds it (e.g. "Bedrijfsarts").</param>
/// <param name="AfspraakId">IdAfspraak; default a new id.</param>
/// <param name="FirstAbsenceDay">DatEerstVrzmdg of the absence case it belongs to.</param>
/// <param name="DurationHours">DuurAfspraak.</param>
public sealed record OutgoingAfspraak(string EmployeeId, string EmployeeSurname, DateOnly Date, TimeOnly Time, string Description,
    string ExecutorSurname, string ExecutorFunction, string? AfspraakId = null, DateOnly? FirstAbsenceDay = null, decimal? DurationHours = null);

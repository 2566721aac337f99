namespace Gateway.Contracts;

/// <summary>
/// An arbodienst sent the employer a document or an afspraak, and the gateway stored it. Metadata only: no content, no
/// description.
/// </summary>
/// <param name="ItemId">The stored item's id (admin API <c>/api/incoming/items/{id}</c>).</param>
/// <param name="Account">The arbodienst account it came from.</param>
/// <param name="Kind"><c>Document</c> or <c>Afspraak</c>.</param>
/// <param name="Berrefnr">The Berrefnr of the message that carried it.</param>
/// <param name="SourceId">IdDocument or IdAfspraak.</param>
/// <param name="EmployeeId">IdWrknmr: the employer's id of the employee.</param>
/// <param name="CaseId">VrzmgvlId of the absence case, when named.</param>
/// <param name="FileType">A document's checked file type (pdf, …); null for an afspraak.</param>
/// <param name="SizeBytes">A document's size; 0 for an afspraak.</param>
public sealed record IncomingItemReceived(long ItemId, string Account, string Kind, string Berrefnr, string SourceId, string EmployeeId,
    string? CaseId, string? FileType, long SizeBytes);

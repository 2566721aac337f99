namespace Gateway.Afas.Dossier;

/// <summary>A dossier item to make on an employee (UpdateConnector KnSubject).</summary>
/// <param name="SubjectType">StId: the dossier item type (a free type of the AFAS environment).</param>
/// <param name="Description">Ds: the subject line.</param>
/// <param name="Date">Da: the item's date.</param>
/// <param name="EmployeeId">The employee number (KnSubjectLink SfTp 2, SfId).</param>
/// <param name="Attachments">Files attached to the item (KnSubjectAttachment).</param>
public sealed record DossierItemRequest(int SubjectType, string Description, DateTime Date, string EmployeeId, IReadOnlyList<DossierAttachment> Attachments);

/// <summary>One attached file: its name (with extension) and bytes.</summary>
public sealed record DossierAttachment(string FileName, ReadOnlyMemory<byte> Content);

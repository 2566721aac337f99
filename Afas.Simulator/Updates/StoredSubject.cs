namespace Afas.Simulator.Updates;

/// <summary>A dossier item the simulator accepted through the UpdateConnector KnSubject.</summary>
/// <param name="SubjectId">SbId, as answered.</param>
/// <param name="SubjectType">StId.</param>
/// <param name="Description">Ds.</param>
/// <param name="Date">Da, when given.</param>
/// <param name="EmployeeId">SfId of the employee link.</param>
/// <param name="Attachments">The attached files, decoded.</param>
public sealed record StoredSubject(int SubjectId, int SubjectType, string Description, DateTime? Date, string EmployeeId,
    IReadOnlyList<StoredAttachment> Attachments);

/// <summary>One attached file, decoded from its FileStream.</summary>
public sealed record StoredAttachment(string FileName, byte[] Content);

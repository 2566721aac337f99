namespace Gateway.Core.ReceivingRegister;

/// <summary>
/// An absence case in the register: employer, employee and employment keys, status (<c>Open</c>, <c>Closed</c>,
/// <c>Deleted</c>), where its chain stands (last sequence number), its dates and classification (SIVI number and name,
/// and the receiver's code), and whether it came from a message or the start-up overview.
/// </summary>
public sealed record AbsenceCaseView(
    long Id,
    string Account,
    string EmployerId,
    string VrzmgvlId,
    string IdWrknmr,
    string? IdDnstvbnd,
    string Status,
    int? LastSequence,
    DateOnly? FirstSickDay,
    DateOnly? RecoveredOn,
    int? SiviClassification,
    string? Classification,
    string? ReceiverClassification,
    string Source,
    DateTime UpdatedUtc);

/// <summary>One applied message of a case's chain: its sequence number, VrwrkCd and what that code means (Dutch).</summary>
public sealed record CaseMessageView(int Sequence, string VrwrkCd, string Meaning, string Berrefnr, long FileId, DateTime AppliedUtc);

/// <summary>A case with its chain (sequence order) and the files waiting for a gap in it.</summary>
public sealed record AbsenceCaseDetail(AbsenceCaseView Case, IReadOnlyList<CaseMessageView> Chain, IReadOnlyList<ReceivedFileView> Waiting);

/// <summary>Case register search: account, employer id, employee (IdWrknmr), case id (VrzmgvlId), status.</summary>
public sealed record AbsenceCaseFilter(string? Account, string? EmployerId, string? Employee, string? CaseId, string? Status, int Skip, int Take);

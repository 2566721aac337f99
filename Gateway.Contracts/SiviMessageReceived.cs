namespace Gateway.Contracts;

/// <summary>
/// A message from a sending partner was applied to the register (receiving role), for downstream case systems. It
/// carries the message itself as SIVI XML (read it with <c>SiviMessageReader</c>) and therefore personal data: it is
/// for the gateway's internal bus only and is never logged.
/// </summary>
public sealed record SiviMessageReceived(
    string Account,
    string FileName,
    string MessageType,
    string Release,
    string Berrefnr,
    string Xml,
    IReadOnlyList<ReceivedAbsenceCase> Absences,
    DateTimeOffset AppliedAt);

/// <summary>An absence case the message touched, with the receiver's classification code.</summary>
public sealed record ReceivedAbsenceCase(string EmployerId, string IdWrknmr, string VrzmgvlId, int Sequence, string VrwrkCd, string SiviClassification,
    string ReceiverCode);

namespace Gateway.Core.ReceivingRegister;

/// <summary>
/// A received file: what it was, what became of it (<see cref="State"/>: <c>Held</c>, <c>Processed</c> (applied),
/// <c>Refused</c>, <c>Waiting</c> (for a gap in its case), <c>Expired</c> (refused after waiting too long),
/// <c>Discarded</c> (held, then discarded at a restart)), why, and the Retourmelding that answered it.
/// </summary>
public sealed record ReceivedFileView(
    long Id,
    string Account,
    string FileName,
    string? MessageType,
    string? Release,
    string? Berrefnr,
    string State,
    DateTime ReceivedUtc,
    DateTime? CompletedUtc,
    IReadOnlyList<ReceivedFileError> Errors,
    string? WaitingFor,
    long? RetourmeldingId,
    string? RetourmeldingCode,
    DateTime? RetourmeldingDeliveredUtc);

/// <summary>One reason a file was refused or waits: the error kind, the SrtFoutCd it is answered with and the Toelichting.</summary>
public sealed record ReceivedFileError(string Kind, string SrtFoutCd, string Toelichting);

/// <summary>A received file with its content while it is kept (held, waiting, discarded) and its Retourmelding document.</summary>
public sealed record ReceivedFileDetail(ReceivedFileView File, byte[]? Content, byte[]? Retourmelding, IReadOnlyList<long> CaseIds);

/// <summary>Received file search: account, state (as in <see cref="ReceivedFileView.State"/>), type, Berrefnr, arrival period.</summary>
public sealed record ReceivedFileFilter(string? Account, string? State, string? MessageType, string? Berrefnr, DateTime? FromUtc, DateTime? ToUtc, int Skip, int Take);

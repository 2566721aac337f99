namespace Gateway.Admin.Data;

/// <summary>A delivered message the receiver answered: acknowledged, or rejected with its reasons.</summary>
internal sealed record RetourmeldingRecord(
    long MessageId,
    string Account,
    string MessageType,
    string CaseKey,
    string Berrefnr,
    string FileName,
    string Outcome,
    DateTime? DeliveredUtc,
    DateTime AnsweredUtc,
    string? Reasons);

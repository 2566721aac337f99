namespace Gateway.Admin.Data;

/// <summary>A ledger message without its body.</summary>
internal sealed record MessageSummary(
    long Id,
    Guid MessageId,
    string Account,
    string MessageType,
    string Release,
    string CaseKey,
    string Berrefnr,
    string FileName,
    string State,
    int Attempts,
    DateTime CreatedUtc,
    DateTime StateChangedUtc,
    DateTime? DeliveredUtc,
    DateTime? AcknowledgedUtc,
    string? LastError);

/// <summary>A message with its XML, pretty-printed (and masked for auditors).</summary>
internal sealed record MessageDetail(MessageSummary Message, string? EmployeeKey, DateTime? NextAttemptUtc, int BodyLength, bool Masked, string Xml);

/// <summary>One page of search results.</summary>
internal sealed record MessagePage(int Total, int Skip, int Take, IReadOnlyList<MessageSummary> Items);

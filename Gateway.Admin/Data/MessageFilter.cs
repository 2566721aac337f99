using Gateway.Core.Ledger;

namespace Gateway.Admin.Data;

/// <summary>
/// Message search. <paramref name="Employee"/> matches the employee a message is about (its case key for employment
/// messages, or the employee of the AFAS record it came from); the period is on creation time, <c>[From, To)</c>.
/// </summary>
internal sealed record MessageFilter(
    string? Account,
    string? MessageType,
    string? Employee,
    string? CaseKey,
    string? Berrefnr,
    LedgerState? State,
    DateTime? FromUtc,
    DateTime? ToUtc,
    int Skip,
    int Take);

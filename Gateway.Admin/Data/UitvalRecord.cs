namespace Gateway.Admin.Data;

/// <summary>An uitval entry as uitvalbeheer sees it.</summary>
internal sealed record UitvalRecord(
    long Id,
    string? Integration,
    string Stage,
    string Connector,
    string? RecordKey,
    string? Field,
    string Reason,
    string? SchemaError,
    string Status,
    DateTime CreatedUtc,
    DateTime? ResolvedUtc,
    string? ResolvedBy,
    string? Account = null,
    string? Resolution = null);

/// <summary>One page of uitval.</summary>
internal sealed record UitvalPage(int Total, int Skip, int Take, IReadOnlyList<UitvalRecord> Items);

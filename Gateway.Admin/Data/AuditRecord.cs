namespace Gateway.Admin.Data;

/// <summary>One audit log entry.</summary>
internal sealed record AuditRecord(long Id, DateTime AtUtc, string User, string Action, string Target, string? Reason);

/// <summary>One page of the audit log.</summary>
internal sealed record AuditPage(int Total, int Skip, int Take, IReadOnlyList<AuditRecord> Items);

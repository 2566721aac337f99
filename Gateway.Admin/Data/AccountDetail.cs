namespace Gateway.Admin.Data;

/// <summary>One account: its state, where it delivers (with the pinned host key), recent deliveries and audit.</summary>
internal sealed record AccountDetail(
    AccountSummary Account,
    DeliveryTargetInfo Delivery,
    IReadOnlyList<MessageSummary> History,
    IReadOnlyList<AuditRecord> Audit);

/// <summary>Where an account's files go; secrets are never part of it.</summary>
internal sealed record DeliveryTargetInfo(string Kind, string Target, string? HostKey);

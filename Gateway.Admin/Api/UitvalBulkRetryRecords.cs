namespace Gateway.Admin.Api;

/// <summary>
/// Retry every open uitval a filter takes: <c>account</c> (or integration), <c>stage</c>, <c>reason</c> (text the
/// reason contains), <c>since</c> and <c>until</c> (a date, read as the start of that day in Europe/Amsterdam — the
/// whole day for <c>until</c> — or an ISO 8601 time). At least one is required.
/// </summary>
internal sealed record UitvalBulkRetryRequest(string? Account, string? Stage, string? Reason, string? Since, string? Until);

/// <summary>What a bulk retry did: the filter in words, how many open entries it matched and retried, and why the others were not retried.</summary>
internal sealed record UitvalBulkRetryResponse(string Filter, int Matched, int Retried, IReadOnlyList<UitvalNotRetried> NotRetried);

/// <summary>An entry a bulk retry matched but could not retry, and why.</summary>
internal sealed record UitvalNotRetried(long Id, string Detail);

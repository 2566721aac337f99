namespace Gateway.Admin.Api;

/// <summary>Block an account; the reason goes to the audit log.</summary>
internal sealed record BlockRequest(string? Reason);

/// <summary>Restart an account: <c>pending</c> is <c>process</c> (deliver held messages in order) or <c>discard</c>.</summary>
internal sealed record RestartRequest(string? Pending, string? Reason);

/// <summary>An action with an optional (activate) or required (dismiss) reason for the audit log.</summary>
internal sealed record ReasonRequest(string? Reason);

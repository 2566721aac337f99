namespace Gateway.Admin.Data;

/// <summary>One pull of a connector; a running one carries the seconds it has been running.</summary>
internal sealed record PullRecord(
    long Id,
    string Integration,
    string Connector,
    string Status,
    DateTime StartedUtc,
    DateTime? FinishedUtc,
    double? RunningSeconds,
    bool Filtered,
    int Rows,
    int New,
    int Changed,
    int Gone,
    int Unchanged,
    int SkippedInactive,
    int Uitval,
    string? Error);

/// <summary>A configured integration with its connectors and their last pulls.</summary>
internal sealed record IntegrationSummary(string Name, IReadOnlyList<ConnectorSummary> Connectors);

/// <summary>A connector: enabled or not, its last pull and its last successful pull.</summary>
internal sealed record ConnectorSummary(string Connector, bool Enabled, PullRecord? LastPull, PullRecord? LastSucceeded);

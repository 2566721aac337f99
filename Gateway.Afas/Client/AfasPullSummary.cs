namespace Gateway.Afas.Client;

/// <summary>The outcome of a complete pull: pages read, rows accepted and rejected (row errors may be more than one per row).</summary>
public sealed record AfasPullSummary(string ConnectorId, int Pages, long Rows, long RejectedRows, long RowErrors);

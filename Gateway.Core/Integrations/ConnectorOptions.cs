namespace Gateway.Core.Integrations;

/// <summary>One GetConnector of an integration.</summary>
public sealed class ConnectorOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Cron expressions (minute hour day month weekday) in Europe/Amsterdam time; empty: the seed's default.</summary>
    public List<string> Schedule { get; set; } = [];

    /// <summary>Filters on every pull of this connector (AND); a filtered connector never reports deletions.</summary>
    public List<ConnectorFilterOptions> Filters { get; set; } = [];

    /// <summary>
    /// Whether the connector's scheduled full sync tries its failed records again (seed 000: every stream but Verzuim)
    /// and a pull clears import uitval of records that now arrive intact. Null: the seed's default for the connector.
    /// </summary>
    public bool? RetryFailedRecords { get; set; }
}

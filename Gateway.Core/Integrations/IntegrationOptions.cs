namespace Gateway.Core.Integrations;

/// <summary>
/// One AFAS environment the gateway reads, from configuration section <c>Gateway:Integrations:&lt;name&gt;</c>
/// (appsettings file and environment variables such as <c>Gateway__Integrations__acme__Afas__Token</c>).
/// The token may be stored encrypted (<c>enc:v1:…</c>, see <c>gateway secrets protect</c>).
/// </summary>
public sealed class IntegrationOptions
{
    public string Name { get; set; } = "";

    public AfasClientOptions Afas { get; set; } = new();

    /// <summary>Per GetConnector id; connectors not listed run with their defaults (enabled, seed schedule).</summary>
    public Dictionary<string, ConnectorOptions> Connectors { get; set; } = new(StringComparer.Ordinal);

    public VerzuimSyncOptions Verzuim { get; set; } = new();

    /// <summary>When a pull changes too much to apply without an admin (<see cref="MassChangeOptions"/>).</summary>
    public MassChangeOptions MassChange { get; set; } = new();

    /// <summary>Whether failed records of <paramref name="connectorId"/> are retried by its scheduled full sync (default: every stream but Verzuim).</summary>
    public bool RetriesFailedRecords(string connectorId) =>
        Connector(connectorId).RetryFailedRecords ?? connectorId != AfasConnectorIds.Verzuim;

    public ConnectorOptions Connector(string connectorId) =>
        Connectors.TryGetValue(connectorId, out var options) ? options : new ConnectorOptions();
}

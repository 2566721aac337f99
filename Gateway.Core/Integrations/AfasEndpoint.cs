namespace Gateway.Core.Integrations;

/// <summary>AFAS Online base addresses: https://{participant}.rest.afas.online (resttest, restaccept for test and accept).</summary>
public static class AfasEndpoint
{
    public static Uri For(string participant, AfasEnvironmentKind environment)
    {
        if (string.IsNullOrWhiteSpace(participant) || !participant.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("The AFAS participant (omgevingsnummer) must be letters and digits only.", nameof(participant));
        }
        var host = environment switch
        {
            AfasEnvironmentKind.Production => "rest",
            AfasEnvironmentKind.Test => "resttest",
            AfasEnvironmentKind.Accept => "restaccept",
            _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, "Unknown AFAS environment kind."),
        };
        return new Uri($"https://{participant}.{host}.afas.online");
    }

    /// <summary>GET address of a GetConnector below a base address.</summary>
    public static Uri Connector(Uri baseUrl, string connectorId) =>
        new(baseUrl.ToString().TrimEnd('/') + "/ProfitRestServices/connectors/" + Uri.EscapeDataString(connectorId));
}

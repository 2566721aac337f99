using Gateway.Core.Integrations;

namespace Gateway.Afas.Client;

/// <summary>An integration's configured connector filter as the client's <see cref="AfasFilter"/>.</summary>
public static class ConnectorFilters
{
    public static AfasFilter ToFilter(this ConnectorFilterOptions options) => new(options.Field, options.Operator, options.Value);
}

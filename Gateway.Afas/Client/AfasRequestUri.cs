using System.Globalization;
using System.Text;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Client;

/// <summary>Builds ...connectors/{id}?skip=&amp;take=&amp;orderbyfieldids=&amp;filterfieldids=&amp;filtervalues=&amp;operatortypes=.</summary>
internal static class AfasRequestUri
{
    public static Uri Build(Uri baseUrl, string connectorId, int skip, int take, IReadOnlyList<AfasOrder> order, IReadOnlyList<AfasFilter> filters)
    {
        var query = new StringBuilder();
        query.Append(CultureInfo.InvariantCulture, $"?skip={skip}&take={take}");
        if (order.Count > 0)
        {
            query.Append("&orderbyfieldids=").Append(Join(order.Select(o => o.ToParameter())));
        }
        if (filters.Count > 0)
        {
            query.Append("&filterfieldids=").Append(Join(filters.Select(f => f.Field)));
            query.Append("&filtervalues=").Append(Join(filters.Select(f => f.Value)));
            query.Append("&operatortypes=").Append(string.Join(',', filters.Select(f => ((int)f.Operator).ToString(CultureInfo.InvariantCulture))));
        }
        return new Uri(AfasEndpoint.Connector(baseUrl, connectorId) + query.ToString());
    }

    private static string Join(IEnumerable<string> values) => string.Join(',', values.Select(Uri.EscapeDataString));
}

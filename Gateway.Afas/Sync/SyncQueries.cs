using Gateway.Afas.Client;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Sync;

/// <summary>The filters a pull of a connector adds to its queries, as a sync and the go-live preview both send them.</summary>
public static class SyncQueries
{
    /// <summary>Each query with the filters configured for its connector (<c>Connectors:&lt;id&gt;:Filters</c>) added.</summary>
    public static IReadOnlyList<AfasQuery<TRow>> WithConfiguredFilters<TRow>(IntegrationOptions integration, IReadOnlyList<AfasQuery<TRow>> queries)
        where TRow : class, IAfasRow<TRow>
    {
        var configured = integration.Connector(TRow.ConnectorId).Filters;
        return [.. queries.Select(q => configured.Aggregate(q, (query, filter) => query.Where(filter.ToFilter())))];
    }
}

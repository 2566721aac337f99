using Gateway.Afas.Rows;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Client;

/// <summary>
/// What to pull from one GetConnector: filters (AND) and order. The order sent is always total and stable: the
/// row type's key fields are appended to <see cref="OrderBy"/> when not already in it, so skip/take paging
/// neither skips nor repeats rows.
/// </summary>
public sealed record AfasQuery<TRow> where TRow : IAfasRow<TRow>
{
    /// <summary>Normally <typeparamref name="TRow"/>'s connector; another id reads a connector with the same fields.</summary>
    public string ConnectorId { get; init; } = TRow.ConnectorId;

    public IReadOnlyList<AfasFilter> Filters { get; init; } = [];

    public IReadOnlyList<AfasOrder> OrderBy { get; init; } = [];

    /// <summary>Overrides <see cref="AfasClientOptions.PageSize"/> for this query.</summary>
    public int? PageSize { get; init; }

    public AfasQuery<TRow> Where(AfasFilter filter) => this with { Filters = [.. Filters, filter] };

    public AfasQuery<TRow> Where(string field, AfasFilterOperator @operator, string value = "") => Where(new AfasFilter(field, @operator, value));

    public AfasQuery<TRow> OrderedBy(params AfasOrder[] order) => this with { OrderBy = order };

    public AfasQuery<TRow> WithPageSize(int pageSize) => this with { PageSize = pageSize };

    /// <summary>The order actually sent: <see cref="OrderBy"/> followed by the key fields it lacks.</summary>
    public IReadOnlyList<AfasOrder> StableOrder()
    {
        var order = new List<AfasOrder>(OrderBy);
        foreach (var key in TRow.KeyFields)
        {
            if (!order.Exists(o => o.Field == key))
            {
                order.Add(new AfasOrder(key));
            }
        }
        return order;
    }

    /// <summary>Connector, filter fields/operators and order; never filter values.</summary>
    public override string ToString() =>
        $"{ConnectorId} where [{string.Join(", ", Filters)}] order [{string.Join(",", OrderBy.Select(o => o.ToParameter()))}]";
}

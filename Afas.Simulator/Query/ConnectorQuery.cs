namespace Afas.Simulator.Query;

/// <summary>A parsed GetConnector request: paging, ordering and an AND of filter conditions.</summary>
internal sealed record ConnectorQuery(int Skip, int Take, IReadOnlyList<SortField> Order, IReadOnlyList<FilterCondition> Filters)
{
    /// <summary>take=-1 asks for every row.</summary>
    public bool TakesAll => Take < 0;

    public string FilterSignature => string.Join(';', Filters.Select(f => $"{f.FieldIndex}:{(int)f.Operator}:{f.RawValue}"));

    public string OrderSignature => string.Join(';', Order.Select(o => $"{o.FieldIndex}:{o.Descending}"));
}

/// <summary>orderbyfieldids entry: a field, descending when prefixed with '-'.</summary>
internal sealed record SortField(int FieldIndex, bool Descending);

/// <summary>One filterfieldids/filtervalues/operatortypes triple with its value parsed for the field's kind.</summary>
internal sealed record FilterCondition(int FieldIndex, FilterOperator Operator, string RawValue, object? Value);

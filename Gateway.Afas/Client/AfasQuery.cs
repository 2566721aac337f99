using Gateway.Afas.Rows;

namespace Gateway.Afas.Client;

/// <summary>Starting points for <see cref="AfasQuery{TRow}"/>.</summary>
public static class AfasQuery
{
    /// <summary>Everything of <typeparamref name="TRow"/>'s connector, in key order.</summary>
    public static AfasQuery<TRow> For<TRow>() where TRow : IAfasRow<TRow> => new();
}

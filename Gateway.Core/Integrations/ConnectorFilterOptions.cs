namespace Gateway.Core.Integrations;

/// <summary>
/// A filter an integration puts on every pull of a connector (e.g. leave out interns: <c>Type_contract</c> ≠
/// "Stage"), ANDed with the gateway's own. A connector with filters is a filtered pull: it never reports deletions.
/// </summary>
public sealed class ConnectorFilterOptions
{
    /// <summary>The AFAS field id, as in the GetConnector.</summary>
    public string Field { get; set; } = "";

    public AfasFilterOperator Operator { get; set; } = AfasFilterOperator.Equal;

    public string Value { get; set; } = "";
}

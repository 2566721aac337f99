using System.Globalization;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Client;

/// <summary>
/// One filter condition (field, operator, value). Several filters on a query are combined with AND. Values may
/// not contain ',' or ';' (AFAS's list separators); Empty/NotEmpty ignore the value.
/// </summary>
public sealed record AfasFilter
{
    public AfasFilter(string field, AfasFilterOperator @operator, string value = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        if (!Enum.IsDefined(@operator))
        {
            throw new ArgumentOutOfRangeException(nameof(@operator), @operator, "Unknown AFAS operator type.");
        }
        ArgumentNullException.ThrowIfNull(value);
        if (field.AsSpan().IndexOfAny(",;") >= 0 || value.AsSpan().IndexOfAny(",;") >= 0)
        {
            throw new ArgumentException($"A filter on {field} contains ',' or ';', which AFAS reads as a separator.", nameof(value));
        }
        Field = field;
        Operator = @operator;
        Value = @operator is AfasFilterOperator.Empty or AfasFilterOperator.NotEmpty ? "" : value;
    }

    public string Field { get; }

    public AfasFilterOperator Operator { get; }

    public string Value { get; }

    public static AfasFilter On(string field, AfasFilterOperator @operator, DateOnly date) =>
        new(field, @operator, AfasDateText.Format(date));

    /// <summary>A date-time filter: the instant is sent as Amsterdam wall-clock time, as AFAS compares it.</summary>
    public static AfasFilter On(string field, AfasFilterOperator @operator, DateTimeOffset instant) =>
        new(field, @operator, AfasDateText.Format(instant));

    public static AfasFilter On(string field, AfasFilterOperator @operator, decimal number) =>
        new(field, @operator, number.ToString(CultureInfo.InvariantCulture));

    /// <summary>Only the field and operator: filter values may be personal data (e.g. a BSN).</summary>
    public override string ToString() => $"{Field} {Operator}";
}

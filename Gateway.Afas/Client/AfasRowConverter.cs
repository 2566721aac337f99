using System.Text.Json;
using Gateway.Afas.Rows;

namespace Gateway.Afas.Client;

/// <summary>Reads JSON rows into <typeparamref name="TRow"/>; a row that cannot be read (<see cref="AfasRowFields.RejectsRow"/>) becomes <see cref="AfasRowError"/>s, other field problems stay with the row.</summary>
internal sealed class AfasRowConverter<TRow>(string connectorId) where TRow : IAfasRow<TRow>
{
    private readonly AfasRowFields _fields = new();

    /// <summary>The row, or null with its errors added to <paramref name="errors"/>.</summary>
    public TRow? Convert(JsonElement element, long position, List<AfasRowError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new AfasRowError(connectorId, null, "(row)", "is not a JSON object", position));
            return default;
        }
        _fields.Load(element);
        var row = TRow.Read(_fields);
        if (!_fields.RejectsRow(TRow.KeyFields))
        {
            return row;
        }
        var key = _fields.KeyOf(TRow.KeyFields);
        foreach (var problem in _fields.Problems)
        {
            errors.Add(new AfasRowError(connectorId, key, problem.Field, problem.Reason, position));
        }
        return default;
    }
}

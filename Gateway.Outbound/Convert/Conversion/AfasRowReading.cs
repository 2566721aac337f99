using System.Text.Json;
using Gateway.Afas.Rows;
using Gateway.Core.Uitval;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// Reads JSON rows as AFAS sends them into typed rows. A row that cannot be read (no key, or an object where a value
/// belongs: <see cref="AfasRowFields.RejectsRow"/>) becomes a <see cref="ConversionFailure"/> naming its key and the
/// field, never the value; other field problems stay with the row for the mapping to judge per message type.
/// One instance per thread.
/// </summary>
public sealed class AfasRowReading(string integration)
{
    private readonly AfasRowFields _fields = new();

    /// <summary>The row, or null with its failures added to <paramref name="failures"/>.</summary>
    public TRow? Read<TRow>(JsonElement element, long position, List<ConversionFailure> failures)
        where TRow : class, IAfasRow<TRow>
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            failures.Add(new ConversionFailure(integration, TRow.ConnectorId, null, "(row)",
                $"row {position} is not a JSON object", UitvalStage.Import, []));
            return null;
        }
        _fields.Load(element);
        var row = TRow.Read(_fields);
        if (!_fields.RejectsRow(TRow.KeyFields))
        {
            return row;
        }
        var key = _fields.KeyOf(TRow.KeyFields)?.Value;
        foreach (var problem in _fields.Problems)
        {
            failures.Add(new ConversionFailure(integration, TRow.ConnectorId, key, problem.Field,
                key is null ? $"{problem.Reason} (row {position})" : problem.Reason, UitvalStage.Import, []));
        }
        return null;
    }
}

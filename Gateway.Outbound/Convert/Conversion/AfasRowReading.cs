using System.Text.Json;
using Gateway.Afas.Rows;
using Gateway.Core.Uitval;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// Reads JSON rows (as AFAS sends them, or canonical mutation JSON with every value as text) into typed rows. A row
/// with a field problem becomes a <see cref="ConversionFailure"/> naming its key and the field, never the value.
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
        if (_fields.Problems.Count == 0)
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

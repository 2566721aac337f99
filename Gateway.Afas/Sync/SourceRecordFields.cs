using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Gateway.Afas.Rows;

namespace Gateway.Afas.Sync;

/// <summary>
/// A typed row as the flat field list change detection stores (property name → canonical text), and back. Fields a
/// connector delivers but the gateway never sends (free-text remarks) are left out, so they are not stored either. A
/// field whose value could not be read is stored as the text it arrived as, so the record is still stored and
/// compared, and reading the record back finds the same problem (the same lenient reading as a pull:
/// <see cref="AfasRowFields"/>).
/// </summary>
public static class SourceRecordFields
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    [ThreadStatic]
    private static AfasRowFields? _reader;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.MakeReadOnly();
        return options;
    }

    private static readonly HashSet<string> NeverStored = new(StringComparer.Ordinal) { "Opmerking" };

    public static IReadOnlyList<KeyValuePair<string, string?>> From<TRow>(TRow row) where TRow : IAfasRow<TRow>
    {
        var accessors = Accessors<TRow>.Properties;
        var problems = row.Problems;
        var fields = new KeyValuePair<string, string?>[accessors.Length];
        for (var i = 0; i < accessors.Length; i++)
        {
            var (name, fieldId, get) = accessors[i];
            var value = problems.Count > 0 && problems.Of(fieldId) is not null ? problems.ArrivedText(fieldId) : Format(get(row));
            fields[i] = new(name, value);
        }
        return fields;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// Reads the canonical JSON of a stored state or mutation back into the typed row, with the problems of fields that
    /// were stored as they arrived. A record without its key fields is not a stored record: <see cref="JsonException"/>
    /// with the field as its path.
    /// </summary>
    public static TRow Read<TRow>(string canonicalJson) where TRow : IAfasRow<TRow>
    {
        using var document = JsonDocument.Parse(canonicalJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"no {typeof(TRow).Name} in the stored fields");
        }
        var reader = _reader ??= new AfasRowFields();
        reader.Load(document.RootElement, StoredFieldNames.ByFieldId<TRow>());
        var row = TRow.Read(reader);
        if (reader.RejectingProblem(TRow.KeyFields) is { } problem)
        {
            var stored = StoredFieldNames.ByFieldId<TRow>().GetValueOrDefault(problem.Field, problem.Field);
            throw new JsonException($"the stored {typeof(TRow).Name} cannot be read", "$." + stored, null, null);
        }
        return row;
    }

    /// <summary>The stored properties of a row type, in ordinal name order, read through System.Text.Json's metadata (no per-row reflection).</summary>
    private static class Accessors<TRow> where TRow : IAfasRow<TRow>
    {
        public static readonly (string Name, string FieldId, Func<object, object?> Get)[] Properties = Options.GetTypeInfo(typeof(TRow)).Properties
            .Where(p => p.Get is not null && !NeverStored.Contains(p.Name))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, StoredFieldNames.ByStoredName<TRow>().GetValueOrDefault(p.Name, p.Name), p.Get!))
            .ToArray();
    }
}

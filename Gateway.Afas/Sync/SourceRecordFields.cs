using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Gateway.Afas.Sync;

/// <summary>
/// A typed row as the flat field list change detection stores (property name → canonical text), and back. Fields a
/// connector delivers but the gateway never sends (free-text remarks) are left out, so they are not stored either.
/// </summary>
public static class SourceRecordFields
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new BooleanTextConverter() },
        };
        options.MakeReadOnly();
        return options;
    }

    private static readonly HashSet<string> NeverStored = new(StringComparer.Ordinal) { "Opmerking" };

    public static IReadOnlyList<KeyValuePair<string, string?>> From<TRow>(TRow row) where TRow : notnull
    {
        var accessors = Accessors<TRow>.Properties;
        var fields = new KeyValuePair<string, string?>[accessors.Length];
        for (var i = 0; i < accessors.Length; i++)
        {
            var (name, get) = accessors[i];
            fields[i] = new(name, Format(get(row)));
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

    /// <summary>The stored properties of a row type, in ordinal name order, read through System.Text.Json's metadata (no per-row reflection).</summary>
    private static class Accessors<TRow>
    {
        public static readonly (string Name, Func<object, object?> Get)[] Properties = Options.GetTypeInfo(typeof(TRow)).Properties
            .Where(p => p.Get is not null && !NeverStored.Contains(p.Name))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, p.Get!))
            .ToArray();
    }

    /// <summary>Reads the canonical JSON of a stored state or mutation back into the typed row.</summary>
    public static TRow Read<TRow>(string canonicalJson) =>
        JsonSerializer.Deserialize<TRow>(canonicalJson, Options)
        ?? throw new JsonException($"no {typeof(TRow).Name} in the stored fields");

    /// <summary>Canonical fields keep booleans as text ("true"/"false").</summary>
    private sealed class BooleanTextConverter : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.String when bool.TryParse(reader.GetString(), out var value) => value,
            _ => throw new JsonException("not a boolean"),
        };

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }
}

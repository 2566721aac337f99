using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Host.Afas.Sync;

/// <summary>
/// A typed row as the flat field list change detection stores (property name → canonical text), and back. Fields a
/// connector delivers but the gateway never sends (free-text remarks) are left out, so they are not stored either.
/// </summary>
public static class SourceRecordFields
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new BooleanTextConverter() },
    };

    private static readonly HashSet<string> NeverStored = new(StringComparer.Ordinal) { "Opmerking" };

    public static IReadOnlyList<KeyValuePair<string, string?>> From<TRow>(TRow row)
    {
        var element = JsonSerializer.SerializeToElement(row, Options);
        var fields = new List<KeyValuePair<string, string?>>(32);
        foreach (var property in element.EnumerateObject())
        {
            if (NeverStored.Contains(property.Name))
            {
                continue;
            }
            fields.Add(new(property.Name, property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            }));
        }
        return fields;
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

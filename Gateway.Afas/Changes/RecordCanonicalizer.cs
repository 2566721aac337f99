using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Gateway.Afas.Changes;

/// <summary>
/// The canonical form of a record: a JSON object with field names in ordinal order, and a 16-byte hash of it.
/// Equal content gives equal bytes whatever order AFAS sent the fields in.
/// </summary>
public static class RecordCanonicalizer
{
    public static (string Json, byte[] Hash) Canonicalize(IReadOnlyList<KeyValuePair<string, string?>> fields)
    {
        var ordered = fields.ToArray();
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in ordered)
            {
                if (value is null)
                {
                    writer.WriteNull(name);
                }
                else
                {
                    writer.WriteString(name, value);
                }
            }
            writer.WriteEndObject();
        }
        var hash = SHA256.HashData(buffer.WrittenSpan)[..16];
        return (System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), hash);
    }

    /// <summary>Names of the fields whose values differ between two canonical JSON objects, in ordinal order.</summary>
    public static IReadOnlyList<string> ChangedFields(string before, string after)
    {
        var old = Read(before);
        var now = Read(after);
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in now)
        {
            if (!old.TryGetValue(name, out var previous) || !string.Equals(previous, value, StringComparison.Ordinal))
            {
                changed.Add(name);
            }
        }
        foreach (var name in old.Keys.Where(n => !now.ContainsKey(n)))
        {
            changed.Add(name);
        }
        return [.. changed];
    }

    public static Dictionary<string, string?> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.GetString();
        }
        return values;
    }
}

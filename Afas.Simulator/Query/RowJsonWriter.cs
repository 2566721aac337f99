using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Afas.Simulator.Tables;

namespace Afas.Simulator.Query;

/// <summary>Writes rows as AFAS does: field ids as names, dates as "yyyy-MM-ddTHH:mm:ssZ" in local time, empty as null.</summary>
internal static class RowJsonWriter
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, IReadOnlyList<SimField> fields, object?[] row, RowCorruption corruption)
    {
        writer.WriteStartObject();
        for (var i = 0; i < fields.Count; i++)
        {
            writer.WritePropertyName(fields[i].Name);
            if (i != corruption.FieldIndex)
            {
                WriteValue(writer, row[i]);
                continue;
            }
            switch (corruption.Kind)
            {
                case RowCorruptionKind.Unreadable:
                    writer.WriteStringValue("#onleesbaar#");
                    break;
                case RowCorruptionKind.Structure:
                    writer.WriteStartArray();
                    writer.WriteStringValue("#onleesbaar#");
                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture));
                break;
            case DateTime moment:
                writer.WriteStringValue(moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                break;
            default:
                throw new InvalidOperationException($"Unsupported value type {value.GetType().Name}.");
        }
    }
}

/// <summary>Which field of a row to spoil and how. FieldIndex -1: none.</summary>
internal readonly record struct RowCorruption(int FieldIndex, RowCorruptionKind Kind)
{
    public static RowCorruption None => new(-1, RowCorruptionKind.Missing);
}

/// <summary>How a field is spoiled.</summary>
internal enum RowCorruptionKind
{
    /// <summary>null: a missing key.</summary>
    Missing,

    /// <summary>An array where a value belongs: a row that is no GetConnector row.</summary>
    Structure,

    /// <summary>Text that is no value of the field's kind ("#onleesbaar#" in a date or number).</summary>
    Unreadable,
}

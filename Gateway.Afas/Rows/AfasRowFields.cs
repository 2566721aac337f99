using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Gateway.Afas.Rows;

/// <summary>
/// Typed access to the fields of one JSON row. Missing fields and JSON null read as null; unknown fields are
/// ignored; numbers are accepted as JSON numbers or numeric strings; "" reads as "" for text and as null for
/// every other type. A value that does not fit records an <see cref="AfasFieldProblem"/> (without the value) and
/// reads as null/default. Reused row after row by one reader; not thread-safe.
/// </summary>
public sealed class AfasRowFields
{
    private readonly List<AfasFieldProblem> _problems = [];
    private JsonProperty[] _properties = new JsonProperty[64];
    private int _count;
    private int _cursor;

    public IReadOnlyList<AfasFieldProblem> Problems => _problems;

    public string? Text(string field)
    {
        if (!TryFind(field, out var value))
        {
            return null;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            default:
                Problem(field, "is not text");
                return null;
        }
    }

    /// <summary>A key field: missing, null or blank is a problem.</summary>
    public string RequiredText(string field)
    {
        var text = Text(field);
        if (string.IsNullOrWhiteSpace(text))
        {
            Missing(field);
            return "";
        }
        return text;
    }

    public int? Integer(string field)
    {
        var number = Number(field, "is not a whole number");
        if (number is null)
        {
            return null;
        }
        if (decimal.Truncate(number.Value) != number.Value || number.Value is < int.MinValue or > int.MaxValue)
        {
            Problem(field, "is not a whole number");
            return null;
        }
        return (int)number.Value;
    }

    public int RequiredInteger(string field)
    {
        var problems = _problems.Count;
        var value = Integer(field);
        if (value is null && problems == _problems.Count)
        {
            Missing(field);
        }
        return value ?? 0;
    }

    public decimal? Decimal(string field) => Number(field, "is not a number");

    public bool? Boolean(string field)
    {
        if (!TryFind(field, out var value))
        {
            return null;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number when value.TryGetInt32(out var flag) && flag is 0 or 1:
                return flag == 1;
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                if (text.Length == 0)
                {
                    return null;
                }
                if (text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
                if (text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
                break;
            default:
                break;
        }
        Problem(field, "is not a boolean");
        return null;
    }

    /// <summary>A date field: the date part of "yyyy-MM-ddT00:00:00Z" (no time zone conversion).</summary>
    public DateOnly? Date(string field)
    {
        var text = NonEmptyString(field, "is not a date");
        if (text is null)
        {
            return null;
        }
        if (AfasDateText.TryParseDate(text, out var date))
        {
            return date;
        }
        Problem(field, "is not a date");
        return null;
    }

    /// <summary>A date-time field: Amsterdam wall-clock time (AFAS's "Z" notwithstanding) as an instant.</summary>
    public DateTimeOffset? DateTime(string field)
    {
        var text = NonEmptyString(field, "is not a date-time");
        if (text is null)
        {
            return null;
        }
        if (AfasDateText.TryParseDateTime(text, out var instant))
        {
            return instant;
        }
        Problem(field, "is not a date-time");
        return null;
    }

    /// <summary>The record key from the raw key field text, or null when a key field is missing.</summary>
    public AfasRecordKey? KeyOf(IReadOnlyList<string> keyFields)
    {
        var parts = new string[keyFields.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryFind(keyFields[i], out var value) || value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                return null;
            }
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            parts[i] = text;
        }
        return AfasRecordKey.Of(parts);
    }

    /// <summary>Points the reader at another row (an object element), clearing earlier problems.</summary>
    public void Load(JsonElement row)
    {
        Array.Clear(_properties, 0, _count);
        _problems.Clear();
        _count = 0;
        _cursor = 0;
        foreach (var property in row.EnumerateObject())
        {
            if (_count == _properties.Length)
            {
                Array.Resize(ref _properties, _count * 2);
            }
            _properties[_count++] = property;
        }
    }

    internal void Problem(string field, string reason) => _problems.Add(new AfasFieldProblem(field, reason));

    private void Missing(string field) => Problem(field, "is missing");

    private decimal? Number(string field, string reason)
    {
        if (!TryFind(field, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetDecimal(out var number))
            {
                return number;
            }
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!.Trim();
            if (text.Length == 0)
            {
                return null;
            }
            if (!text.Contains('.', StringComparison.Ordinal))
            {
                text = text.Replace(',', '.');
            }
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            {
                return parsed;
            }
        }
        Problem(field, reason);
        return null;
    }

    private string? NonEmptyString(string field, string reason)
    {
        if (!TryFind(field, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(field, reason);
            return null;
        }
        var text = value.GetString()!;
        return text.Trim().Length == 0 ? null : text;
    }

    /// <summary>
    /// Finds a field, treating null as absent. Searches from just after the previous hit: rows are read in the
    /// connector's field order, so lookups usually succeed at the first comparison.
    /// </summary>
    private bool TryFind(string field, out JsonElement value)
    {
        for (var n = 0; n < _count; n++)
        {
            var i = (_cursor + n) % _count;
            if (NameEquals(_properties[i], field))
            {
                _cursor = i + 1;
                value = _properties[i].Value;
                return value.ValueKind != JsonValueKind.Null;
            }
        }
        value = default;
        return false;
    }

    /// <summary>
    /// <see cref="JsonProperty.NameEquals(string)"/> without transcoding <paramref name="field"/>: a name as AFAS writes
    /// it (ASCII, no escapes) is compared byte for character; any other name goes through NameEquals.
    /// </summary>
    private static bool NameEquals(JsonProperty property, string field)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (Ascii.Equals(raw, field))
        {
            return true;
        }
        return (!Ascii.IsValid(raw) || raw.Contains((byte)'\\')) && property.NameEquals(field);
    }
}

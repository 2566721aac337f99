using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Gateway.Afas.Rows;

/// <summary>
/// Typed access to the fields of one JSON row, read leniently: missing fields and JSON null read as null; unknown
/// fields are ignored; numbers arrive as JSON numbers or as text ("12", "0,9"), booleans as true/false, 1/0 or
/// "Ja"/"Nee"/"J"/"N", dates with or without a time and zone; "" reads as "" for text and as null for every other type
/// (the table in docs/mapping.md). A value that does not fit reads as null and records an <see cref="AfasFieldProblem"/>
/// (without the value) together with the text it arrived as (<see cref="ValueProblems"/>): the row is still read, and
/// the mapping judges the problem per message type. Only a row whose key cannot be read, or that holds an object or
/// array where a value belongs, is rejected (<see cref="RejectsRow"/>). Reused row after row by one reader; not
/// thread-safe.
/// </summary>
public sealed class AfasRowFields
{
    private readonly List<AfasFieldProblem> _problems = [];
    private readonly List<string?> _arrived = [];
    private JsonProperty[] _properties = new JsonProperty[64];
    private IReadOnlyDictionary<string, string>? _storedNames;
    private int _count;
    private int _cursor;
    private bool _ordered;
    private AfasFieldProblem? _malformed;

    public IReadOnlyList<AfasFieldProblem> Problems => _problems;

    public string? Text(string field)
    {
        if (!TryFind(field, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
    }

    /// <summary>A field AFAS sends as a number or as text (Huisnummer): a whole JSON number reads as its digits, text as written without surrounding spaces; blank reads as null. What the text means is the mapping's to judge.</summary>
    public string? NumberOrText(string field)
    {
        if (!TryFind(field, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && decimal.Truncate(number) == number)
        {
            return decimal.Truncate(number).ToString(CultureInfo.InvariantCulture);
        }
        var text = Text(value).Trim();
        return text.Length == 0 ? null : text;
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
        if (!TryFind(field, out var value))
        {
            return null;
        }
        if (TryNumber(value, out var number) && (number is not { } n || (decimal.Truncate(n) == n && n is >= int.MinValue and <= int.MaxValue)))
        {
            return (int?)number;
        }
        Problem(field, "is not a whole number", value);
        return null;
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

    public decimal? Decimal(string field)
    {
        if (!TryFind(field, out var value))
        {
            return null;
        }
        if (TryNumber(value, out var number))
        {
            return number;
        }
        Problem(field, "is not a number", value);
        return null;
    }

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
                if (AfasBooleanText.TryParse(text, out var flagText))
                {
                    return flagText;
                }
                break;
            default:
                break;
        }
        Problem(field, "is not a boolean", value);
        return null;
    }

    /// <summary>A date field: the date part of "yyyy-MM-dd", "yyyy-MM-ddT00:00:00Z" or "yyyy-MM-ddT00:00:00+01:00" (no time zone conversion).</summary>
    public DateOnly? Date(string field)
    {
        if (!TryFindText(field, out var value, out var text))
        {
            return null;
        }
        if (text is not null && AfasDateText.TryParseDate(text, out var date))
        {
            return date;
        }
        Problem(field, "is not a date", value);
        return null;
    }

    /// <summary>A date-time field: Amsterdam wall-clock time (AFAS's "Z" notwithstanding) as an instant; an explicit offset is honoured.</summary>
    public DateTimeOffset? DateTime(string field)
    {
        if (!TryFindText(field, out var value, out var text))
        {
            return null;
        }
        if (text is not null && AfasDateText.TryParseDateTime(text, out var instant))
        {
            return instant;
        }
        Problem(field, "is not a date-time", value);
        return null;
    }

    /// <summary>The record key from the raw key field text, or null when a key field is missing.</summary>
    public AfasRecordKey? KeyOf(IReadOnlyList<string> keyFields)
    {
        var parts = new string[keyFields.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryLocate(keyFields[i], out var value) || value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
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

    /// <summary>
    /// Whether the row must be rejected rather than read: a key field is missing or unreadable (the record cannot be
    /// told apart), or a field holds an object or array (not a GetConnector row). Other problems stay with the row.
    /// </summary>
    public bool RejectsRow(IReadOnlyList<string> keyFields) => RejectingProblem(keyFields) is not null;

    /// <summary>The first problem that rejects the row (see <see cref="RejectsRow"/>), or null.</summary>
    public AfasFieldProblem? RejectingProblem(IReadOnlyList<string> keyFields)
    {
        if (_malformed is { } malformed)
        {
            return malformed;
        }
        foreach (var problem in _problems)
        {
            for (var i = 0; i < keyFields.Count; i++)
            {
                if (string.Equals(keyFields[i], problem.Field, StringComparison.Ordinal))
                {
                    return problem;
                }
            }
        }
        return null;
    }

    /// <summary>The problems of the row read so far, with the text each value arrived as, for the typed row to keep.</summary>
    public AfasFieldProblems ValueProblems() =>
        _problems.Count == 0 ? AfasFieldProblems.None : new AfasFieldProblems([.. _problems], [.. _arrived]);

    /// <summary>Points the reader at another row (an object element), clearing earlier problems.</summary>
    /// <param name="storedNames">For a record as change detection stored it: AFAS field id → the name it is stored under.</param>
    public void Load(JsonElement row, IReadOnlyDictionary<string, string>? storedNames = null)
    {
        Array.Clear(_properties, 0, _count);
        _problems.Clear();
        _arrived.Clear();
        _storedNames = storedNames;
        _malformed = null;
        _count = 0;
        _cursor = 0;
        _ordered = storedNames is not null;
        foreach (var property in row.EnumerateObject())
        {
            if (_count == _properties.Length)
            {
                Array.Resize(ref _properties, _count * 2);
            }
            _properties[_count++] = property;
            _ordered = _ordered && (_count == 1 || CompareAscii(JsonMarshal.GetRawUtf8PropertyName(_properties[_count - 2]), JsonMarshal.GetRawUtf8PropertyName(property)) < 0);
        }
    }

    private void Problem(string field, string reason) => Problem(field, reason, null);

    private void Problem(string field, string reason, string? arrived)
    {
        _problems.Add(new AfasFieldProblem(field, reason));
        _arrived.Add(arrived);
    }

    private void Problem(string field, string reason, JsonElement value) =>
        Problem(field, reason, value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText());

    private void Missing(string field) => Problem(field, "is missing");

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>A JSON number, or text holding one ("36", " 36,5 ", "-0.5"); blank text is null. False when it is neither.</summary>
    private static bool TryNumber(JsonElement value, out decimal? number)
    {
        number = null;
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetDecimal(out var parsed))
            {
                number = parsed;
                return true;
            }
            return false;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }
        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            return true;
        }
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            text = text.Replace(',', '.');
        }
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fromText))
        {
            number = fromText;
            return true;
        }
        return false;
    }

    /// <summary>Finds a date or date-time field: true with its text (null when blank), or true with null text for a value that is not a string (a problem).</summary>
    private bool TryFindText(string field, out JsonElement value, out string? text)
    {
        text = null;
        if (!TryFind(field, out value))
        {
            return false;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            return true;
        }
        var raw = value.GetString()!;
        if (raw.Trim().Length == 0)
        {
            return false;
        }
        text = raw;
        return true;
    }

    /// <summary>Finds a field, treating null as absent; an object or array is a problem that rejects the row.</summary>
    private bool TryFind(string field, out JsonElement value)
    {
        if (!TryLocate(field, out value))
        {
            return false;
        }
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Problem(field, "is an object or array, not one value");
            _malformed ??= _problems[^1];
            return false;
        }
        return true;
    }

    /// <summary>
    /// Finds a field, treating null as absent. A stored record (names in ordinal order) is searched by halving; a row
    /// from AFAS from just after the previous hit: rows are read in the connector's field order, so lookups usually
    /// succeed at the first comparison.
    /// </summary>
    private bool TryLocate(string field, out JsonElement value)
    {
        var name = _storedNames is null ? field : _storedNames.GetValueOrDefault(field, field);
        if (_ordered && TryLocateOrdered(name, out value))
        {
            return value.ValueKind != JsonValueKind.Null;
        }
        for (var n = 0; n < _count; n++)
        {
            var i = (_cursor + n) % _count;
            if (NameEquals(_properties[i], name))
            {
                _cursor = i + 1;
                value = _properties[i].Value;
                return value.ValueKind != JsonValueKind.Null;
            }
        }
        value = default;
        return false;
    }

    /// <summary>A stored record has its names in ordinal order (<c>RecordCanonicalizer</c>): a binary search finds them.</summary>
    private bool TryLocateOrdered(string name, out JsonElement value)
    {
        var (low, high) = (0, _count - 1);
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var order = CompareAscii(JsonMarshal.GetRawUtf8PropertyName(_properties[middle]), name);
            if (order == 0)
            {
                value = _properties[middle].Value;
                return true;
            }
            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }
        value = default;
        return false;
    }

    /// <summary>Ordinal order of two names as bytes (ASCII names: the same as string ordinal order).</summary>
    private static int CompareAscii(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> other) => raw.SequenceCompareTo(other);

    private static int CompareAscii(ReadOnlySpan<byte> raw, string name)
    {
        var length = Math.Min(raw.Length, name.Length);
        for (var i = 0; i < length; i++)
        {
            if (raw[i] != name[i])
            {
                return raw[i] - name[i];
            }
        }
        return raw.Length - name.Length;
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

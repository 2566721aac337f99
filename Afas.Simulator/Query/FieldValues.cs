using System.Globalization;
using Afas.Simulator.Tables;

namespace Afas.Simulator.Query;

/// <summary>Parsing filter values, comparing and formatting field values the way the simulator's AFAS does.</summary>
internal static class FieldValues
{
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Parses a filter value for a field kind; false when it does not fit.</summary>
    public static bool TryParse(SimFieldKind kind, string raw, out object? value)
    {
        value = null;
        switch (kind)
        {
            case SimFieldKind.Text:
                value = raw;
                return true;
            case SimFieldKind.Integer:
            case SimFieldKind.Decimal:
                if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    value = number;
                    return true;
                }
                return false;
            case SimFieldKind.Boolean:
                value = raw.ToUpperInvariant() switch { "TRUE" or "1" => true, "FALSE" or "0" => false, _ => null };
                return value is not null;
            default:
                if (DateTime.TryParseExact(raw, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                {
                    value = moment;
                    return true;
                }
                return false;
        }
    }

    /// <summary>Brings a stored value to the form filter values parse to (decimal for numbers, DateTime for dates).</summary>
    public static object? Normalize(object? value) => value switch
    {
        int i => (decimal)i,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        _ => value,
    };

    /// <summary>Total order used for sorting: nulls first, text case-insensitively.</summary>
    public static int Compare(object? left, object? right)
    {
        left = Normalize(left);
        right = Normalize(right);
        return (left, right) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            (decimal a, decimal b) => a.CompareTo(b),
            (bool a, bool b) => a.CompareTo(b),
            (DateTime a, DateTime b) => a.CompareTo(b),
            _ => StringComparer.Ordinal.Compare(Text(left), Text(right)),
        };
    }

    /// <summary>The text form text operators (contains, starts with, ...) look at.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

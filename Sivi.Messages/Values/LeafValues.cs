using System.Globalization;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Values;

/// <summary>Parsing and formatting of leaf values between their XML literal and the model's .NET type.</summary>
public static class LeafValues
{
    public static decimal ParseDecimal(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not an xsd:decimal");

    /// <summary>Integers are identifiers and counts (BSN, KvK, house number): kept as written, digits only.</summary>
    public static string ParseInteger(string text)
    {
        var trimmed = text.Trim();
        var start = trimmed.StartsWith('+') ? 1 : 0;
        if (trimmed.Length == start)
        {
            throw new FormatException("an empty value is not an xsd:nonNegativeInteger");
        }
        for (var i = start; i < trimmed.Length; i++)
        {
            if (!char.IsAsciiDigit(trimmed[i]))
            {
                throw new FormatException($"'{text}' is not an xsd:nonNegativeInteger");
            }
        }
        return trimmed;
    }

    /// <summary>The XML literal of a model value for a leaf of the given type.</summary>
    public static string Format(object value, SimpleTypeDefinition type) => value switch
    {
        string s => s,
        decimal d => FormatDecimal(d, type.FractionDigits),
        SiviDate date => date.ToString(),
        SiviTime time => time.ToString(),
        _ => throw new ArgumentException($"unsupported leaf value type {value.GetType().Name}", nameof(value)),
    };

    /// <summary>Pads to the type's fraction digits (SIVI amounts are written with exactly two decimals).</summary>
    private static string FormatDecimal(decimal value, int? fractionDigits)
    {
        var scale = value.Scale;
        return fractionDigits is { } digits && scale < digits
            ? value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);
    }
}

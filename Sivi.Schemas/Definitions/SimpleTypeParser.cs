using System.Globalization;

namespace Sivi.Schemas.Definitions;

/// <summary>Turns the type words of a line (base and facets, already filtered for one release) into a type.</summary>
internal static class SimpleTypeParser
{
    public static bool IsBase(string word) => TryBase(word, out _);

    public static SimpleTypeDefinition Parse(string? name, IReadOnlyList<string> words, SourceLine source)
    {
        if (words.Count == 0 || !TryBase(words[0], out var baseType))
        {
            throw DescriptionParser.Error(source, $"expected a base type (string, integer, decimal, date, time), found '{(words.Count == 0 ? "" : words[0])}'");
        }
        int? length = null, minLength = null, maxLength = null, totalDigits = null, fractionDigits = null;
        decimal? minInclusive = null;
        var patterns = new List<string>();
        var enumeration = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            var eq = words[i].IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw DescriptionParser.Error(source, $"facet '{words[i]}' is not key=value");
            }
            var key = words[i][..eq];
            var value = words[i][(eq + 1)..];
            switch (key)
            {
                case "len": length = Int(value, source); break;
                case "min": minLength = Int(value, source); break;
                case "max": maxLength = Int(value, source); break;
                case "digits": totalDigits = Int(value, source); break;
                case "fraction": fractionDigits = Int(value, source); break;
                case "mininc": minInclusive = decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture); break;
                case "pattern": patterns.Add(value); break;
                case "enum": enumeration.AddRange(value.Split(',')); break;
                default: throw DescriptionParser.Error(source, $"unknown facet '{key}'");
            }
        }
        return new SimpleTypeDefinition(name, baseType, length, minLength, maxLength, patterns, enumeration,
            totalDigits, fractionDigits, minInclusive);
    }

    private static bool TryBase(string word, out SiviBaseType baseType)
    {
        (var ok, baseType) = word switch
        {
            "string" => (true, SiviBaseType.String),
            "integer" => (true, SiviBaseType.Integer),
            "decimal" => (true, SiviBaseType.Decimal),
            "date" => (true, SiviBaseType.Date),
            "time" => (true, SiviBaseType.Time),
            _ => (false, SiviBaseType.String),
        };
        return ok;
    }

    private static int Int(string value, SourceLine source) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw DescriptionParser.Error(source, $"'{value}' is not a whole number");
}

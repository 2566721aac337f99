using System.Globalization;
using System.Text;
using System.Xml.Schema;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// Makes values that satisfy every facet of a <see cref="ValueRule"/>. Candidates aim at the requested
/// <see cref="LengthGoal"/> first and fall back to seeded random ones; each is checked both facet by facet and by the
/// schema's own datatype before it is returned.
/// </summary>
internal static class ValueFactory
{
    /// <summary>Length used for strings whose type sets no maximum.</summary>
    public const int UnboundedStringLength = 40;

    private static readonly int RandomAttempts = 64;
    private static readonly string TextAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789éëü&<>'-";
    private static readonly string Digits = "0123456789";

    /// <param name="ordinal">Selects the enumeration value (cycled), so successive calls cover a whole code list.</param>
    public static string Valid(ValueRule rule, LengthGoal goal, int ordinal, Random random)
    {
        foreach (var candidate in Candidates(rule, goal, ordinal, random))
        {
            if (rule.IsValid(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"{rule.Path}: no generated value satisfies {rule}");
    }

    /// <summary>The allowed length range of a string value, narrowed by the pattern's own bounds.</summary>
    public static (int Min, int Max) LengthRange(ValueRule rule)
    {
        var min = rule.Length ?? rule.MinLength ?? 0;
        var max = rule.Length ?? rule.MaxLength ?? UnboundedStringLength;
        if (rule.Template is { } template)
        {
            min = Math.Max(min, template.MinLength);
            max = Math.Min(max, template.MaxLength ?? int.MaxValue);
        }
        return (min, Math.Max(min, max));
    }

    /// <summary>A string of exactly <paramref name="length"/> characters shaped by the rule's pattern when it has one.</summary>
    public static string Text(ValueRule rule, int length, Random random)
    {
        if (rule.Template is { } template)
        {
            return template.Generate(length, random);
        }
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(TextAlphabet[random.Next(TextAlphabet.Length)]);
        }
        return text.ToString();
    }

    private static IEnumerable<string> Candidates(ValueRule rule, LengthGoal goal, int ordinal, Random random)
    {
        if (rule.Enumeration.Count > 0)
        {
            var count = rule.Enumeration.Count;
            return Enumerable.Range(0, count).Select(i => rule.Enumeration[(((ordinal + i) % count) + count) % count]);
        }
        var candidates = rule.Kind switch
        {
            ValueKind.String => Strings(rule, goal, random),
            ValueKind.Integer => Integers(rule, goal, random),
            ValueKind.Decimal when rule.Template is not null => Strings(rule, goal, random),
            ValueKind.Decimal => Decimals(rule, goal, random),
            ValueKind.Date => Repeat(() => Date(random)),
            ValueKind.Time => Repeat(() => Time(random)),
            ValueKind.DateTime => Repeat(() => Date(random) + "T" + Time(random)),
            _ => throw new NotSupportedException($"{rule.Path}: {rule.Kind}"),
        };
        return rule.IsNumeric ? candidates.SelectMany(WithCanonicalFirst) : candidates;
    }

    /// <summary>Prefers the canonical form of a number (no leading zeros) so typed round trips compare equal.</summary>
    private static IEnumerable<string> WithCanonicalFirst(string number)
    {
        var point = number.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? number : number[..point];
        var trimmed = integer.TrimStart('0');
        var canonical = (trimmed.Length == 0 ? "0" : trimmed) + (point < 0 ? "" : number[point..]);
        return canonical == number ? [number] : [canonical, number];
    }

    private static IEnumerable<string> Strings(ValueRule rule, LengthGoal goal, Random random)
    {
        var (min, max) = LengthRange(rule);
        var first = goal switch
        {
            LengthGoal.Min => min,
            LengthGoal.Max => max,
            _ => random.Next(min, max + 1),
        };
        yield return Text(rule, first, random);
        for (var attempt = 0; attempt < RandomAttempts; attempt++)
        {
            yield return Text(rule, attempt % 2 == 0 ? first : random.Next(min, max + 1), random);
        }
    }

    private static IEnumerable<string> Integers(ValueRule rule, LengthGoal goal, Random random)
    {
        var digits = Math.Clamp(rule.TotalDigits ?? 9, 1, 18);
        var lowest = rule.MinInclusive ?? (rule.MinExclusive + 1) ?? (rule.TypeCode == XmlTypeCode.PositiveInteger ? 1 : 0);
        var highest = Math.Min(Pow10(digits) - 1, rule.MaxInclusive ?? (rule.MaxExclusive - 1) ?? decimal.MaxValue);
        yield return goal switch
        {
            LengthGoal.Min => Format(lowest),
            LengthGoal.Max => Format(highest),
            _ => Digit(random, digits),
        };
        for (var attempt = 0; attempt < RandomAttempts; attempt++)
        {
            yield return Digit(random, random.Next(1, digits + 1));
        }
    }

    private static IEnumerable<string> Decimals(ValueRule rule, LengthGoal goal, Random random)
    {
        var total = Math.Clamp(rule.TotalDigits ?? 9, 1, 18);
        var fraction = Math.Min(rule.FractionDigits ?? 2, total);
        var integer = total - fraction;
        yield return goal switch
        {
            LengthGoal.Min => Format(rule.MinInclusive ?? 0m),
            LengthGoal.Max => Number(new string('9', integer), new string('9', fraction)),
            _ => Number(Digit(random, random.Next(0, integer + 1)), Digit(random, random.Next(0, fraction + 1))),
        };
        for (var attempt = 0; attempt < RandomAttempts; attempt++)
        {
            yield return Number(Digit(random, random.Next(0, integer + 1)), Digit(random, random.Next(0, fraction + 1)));
        }
    }

    private static IEnumerable<string> Repeat(Func<string> make) => Enumerable.Range(0, RandomAttempts).Select(_ => make());

    private static string Date(Random random) =>
        new DateOnly(1990, 1, 1).AddDays(random.Next(0, 365 * 45)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(Random random) =>
        TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(random.Next(0, 24 * 3600))).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Number(string integer, string fraction) =>
        (integer.Length == 0 ? "0" : integer) + (fraction.Length == 0 ? "" : "." + fraction);

    private static string Digit(Random random, int count)
    {
        var text = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            text.Append(Digits[random.Next(Digits.Length)]);
        }
        return text.ToString();
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }
        return result;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

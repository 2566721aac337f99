using System.Globalization;
using Sivi.Conformance.Tests.Corpus;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// Edge values derived from one simple type's facets: lengths at and past each bound counted in characters (code
/// points) against UTF-16 code units and against line-end normalisation, whitespace around enumeration values (a
/// string type preserves it), Unicode digit categories against <c>\d</c>/<c>\D</c> patterns, and digit counts and
/// bounds of numeric types.
/// </summary>
internal static class FacetEdges
{
    private static readonly string Astral = "\U0001F600";
    private static readonly string CombiningAcute = "e\u0301";

    public static IEnumerable<EdgeValue> For(ValueRule rule, string generated) => rule.Kind switch
    {
        ValueKind.String => Strings(rule, generated),
        ValueKind.Integer or ValueKind.Decimal => Numbers(rule),
        _ => [],
    };

    private static IEnumerable<EdgeValue> Strings(ValueRule rule, string generated)
    {
        yield return T("empty", "");
        yield return T("generated value with a leading space", " " + generated);
        yield return T("generated value with a trailing space", generated + " ");
        yield return T("generated value with a trailing tab", generated + "\t");
        yield return T("generated value with a trailing line feed", generated + "\n");
        yield return T("generated value with a trailing no-break space", generated + "\u00A0");
        if (rule.Enumeration.Count > 0)
        {
            var first = rule.Enumeration[0];
            yield return T("enumeration value", first);
            yield return T("enumeration value between spaces", " " + first + " ");
            yield return T("enumeration value after a line feed", "\n" + first);
            yield return T("enumeration value in lower case", first.ToLowerInvariant());
            yield return T("enumeration value twice", first + first);
            yield return T("enumeration value in full-width letters", FullWidth(first));
            yield return new("enumeration value by character references", string.Concat(first.Select(c => $"&#x{(int)c:X};")));
            yield return new("enumeration value in a CDATA section", $"<![CDATA[{first}]]>");
            yield return new("enumeration value split by a comment", first.Length > 1 ? first[..1] + "<!-- c -->" + first[1..] : "<!-- c -->" + first);
        }
        foreach (var edge in Lengths(rule))
        {
            yield return edge;
        }
        if (rule.PatternGroups.Count > 0)
        {
            var room = Math.Max(0, (rule.Length ?? rule.MaxLength ?? 2) - 1);
            var prefix = new string('x', Math.Min(room, 1));
            yield return T("ASCII digit", prefix + "1");
            yield return T("Arabic-Indic digit (Nd)", prefix + "\u0661");
            yield return T("N'Ko digit (Nd)", prefix + "\u07C0");
            yield return T("full-width digit (Nd)", prefix + "\uFF10");
            yield return T("mathematical bold digit outside the BMP (Nd)", prefix + "\U0001D7CE");
            yield return T("superscript two (No)", prefix + "\u00B2");
            yield return T("Roman numeral twelve (Nl)", prefix + "\u216B");
            yield return T("mathematical bold capital A outside the BMP (Lu)", prefix + "\U0001D400");
            yield return T("letter x", prefix + "x");
        }
    }

    private static IEnumerable<EdgeValue> Lengths(ValueRule rule)
    {
        var max = rule.Length ?? rule.MaxLength;
        var min = rule.Length ?? rule.MinLength;
        if (max is { } m)
        {
            yield return T($"{m} letters", Repeat("x", m));
            yield return T($"{m + 1} letters", Repeat("x", m + 1));
            yield return T($"{m} characters outside the BMP ({2 * m} UTF-16 units)", Repeat(Astral, m));
            yield return T($"{m + 1} characters outside the BMP", Repeat(Astral, m + 1));
            yield return T($"{m - 1} letters and one character outside the BMP", Repeat("x", m - 1) + Astral);
            yield return T($"{m} accented letters (precomposed)", Repeat("\u00E9", m));
            if (m >= 2)
            {
                yield return T($"{m / 2} decomposed accented letters ({2 * (m / 2)} characters)", Repeat(CombiningAcute, m / 2));
                yield return T($"{m - 1} letters and CRLF (one character after line-end normalisation)", Repeat("x", m - 1) + "\r\n");
                yield return new($"{m - 1} letters and CR LF by reference ({m + 1} characters)", Repeat("x", m - 1) + "&#13;&#10;");
                yield return new($"{m - 2} letters and CR LF by reference ({m} characters)", Repeat("x", m - 2) + "&#13;&#10;");
            }
        }
        if (min is { } n and > 0)
        {
            yield return T($"{n - 1} letters", Repeat("x", n - 1));
            yield return T($"{n} spaces", Repeat(" ", n));
            yield return T($"{n} characters outside the BMP", Repeat(Astral, n));
            if (max is null || max > n)
            {
                yield return T($"{n + 1} letters", Repeat("x", n + 1));
            }
        }
    }

    private static IEnumerable<EdgeValue> Numbers(ValueRule rule)
    {
        if (rule.TotalDigits is { } total)
        {
            var fraction = Math.Min(rule.FractionDigits ?? 0, total);
            yield return T($"{total} digits", Digits(total - fraction, fraction, '9'));
            yield return T($"{total + 1} digits", Digits(total - fraction + 1, fraction, '9'));
            yield return T($"{total} digits after leading zeros", "000" + Digits(total - fraction, fraction, '9'));
            yield return T($"{total} digits and trailing fraction zeros", Digits(total - fraction, fraction, '9') + (fraction > 0 ? "000" : ".000"));
            yield return T($"plus sign and {total} digits", "+" + Digits(total - fraction, fraction, '9'));
            yield return T($"{total} digits between spaces", " " + Digits(total - fraction, fraction, '9') + " ");
            yield return T($"one followed by {total} zeros", "1" + new string('0', total - fraction) + Fraction(fraction, '0'));
        }
        if (rule.FractionDigits is { } digits)
        {
            yield return T($"{digits + 1} fraction digits", "1." + new string('5', digits + 1));
            yield return T($"{digits + 1} fraction digits, the last zero", "1." + new string('5', digits) + "0");
            yield return T($"{digits} fraction digits", "1." + new string('5', Math.Max(1, digits)));
        }
        if (rule.MinInclusive is { } low)
        {
            yield return T("minInclusive itself", low.ToString(CultureInfo.InvariantCulture));
            yield return T("one hundredth below minInclusive", (low - 0.01m).ToString(CultureInfo.InvariantCulture));
            yield return T("minus zero at minInclusive", "-" + low.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Digits(int integer, int fraction, char digit) =>
        new string(digit, Math.Max(1, integer)) + Fraction(fraction, digit);

    private static string Fraction(int fraction, char digit) => fraction > 0 ? "." + new string(digit, fraction) : "";

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, Math.Max(0, count)));

    private static string FullWidth(string value) =>
        string.Concat(value.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '\uFF01') : c));

    private static EdgeValue T(string label, string value) => EdgeValue.Text(label, value);
}

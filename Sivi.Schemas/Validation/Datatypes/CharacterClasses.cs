using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sivi.Schemas.Validation.Datatypes;

/// <summary>
/// The code points of the XML Schema class escapes (<c>\d</c>, <c>\w</c>, <c>\p{..}</c>; Part 2 §F.1.1). In the Basic
/// Multilingual Plane each class holds exactly the characters the framework's pattern facet matches (it rewrites
/// <c>\d</c> and <c>\w</c> to its own tables, taken from the Unicode version XML Schema 1.0 refers to), so the gateway's
/// verdict on a value without supplementary characters never changes; above it, each character counts by its Unicode
/// general category. Each class is built once, on first use.
/// </summary>
internal static class CharacterClasses
{
    private static readonly ConcurrentDictionary<string, CodePointSet?> Cache = new(StringComparer.Ordinal);
    private static readonly Lazy<Dictionary<UnicodeCategory, CodePointSet>> Supplementary = new(ScanSupplementary);

    private static readonly Dictionary<string, UnicodeCategory[]> Names = new(StringComparer.Ordinal)
    {
        ["L"] = [UnicodeCategory.UppercaseLetter, UnicodeCategory.LowercaseLetter, UnicodeCategory.TitlecaseLetter, UnicodeCategory.ModifierLetter, UnicodeCategory.OtherLetter],
        ["Lu"] = [UnicodeCategory.UppercaseLetter],
        ["Ll"] = [UnicodeCategory.LowercaseLetter],
        ["Lt"] = [UnicodeCategory.TitlecaseLetter],
        ["Lm"] = [UnicodeCategory.ModifierLetter],
        ["Lo"] = [UnicodeCategory.OtherLetter],
        ["M"] = [UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark],
        ["Mn"] = [UnicodeCategory.NonSpacingMark],
        ["Mc"] = [UnicodeCategory.SpacingCombiningMark],
        ["Me"] = [UnicodeCategory.EnclosingMark],
        ["N"] = [UnicodeCategory.DecimalDigitNumber, UnicodeCategory.LetterNumber, UnicodeCategory.OtherNumber],
        ["Nd"] = [UnicodeCategory.DecimalDigitNumber],
        ["Nl"] = [UnicodeCategory.LetterNumber],
        ["No"] = [UnicodeCategory.OtherNumber],
        ["P"] = [UnicodeCategory.ConnectorPunctuation, UnicodeCategory.DashPunctuation, UnicodeCategory.OpenPunctuation, UnicodeCategory.ClosePunctuation,
            UnicodeCategory.InitialQuotePunctuation, UnicodeCategory.FinalQuotePunctuation, UnicodeCategory.OtherPunctuation],
        ["Pc"] = [UnicodeCategory.ConnectorPunctuation],
        ["Pd"] = [UnicodeCategory.DashPunctuation],
        ["Ps"] = [UnicodeCategory.OpenPunctuation],
        ["Pe"] = [UnicodeCategory.ClosePunctuation],
        ["Pi"] = [UnicodeCategory.InitialQuotePunctuation],
        ["Pf"] = [UnicodeCategory.FinalQuotePunctuation],
        ["Po"] = [UnicodeCategory.OtherPunctuation],
        ["S"] = [UnicodeCategory.MathSymbol, UnicodeCategory.CurrencySymbol, UnicodeCategory.ModifierSymbol, UnicodeCategory.OtherSymbol],
        ["Sm"] = [UnicodeCategory.MathSymbol],
        ["Sc"] = [UnicodeCategory.CurrencySymbol],
        ["Sk"] = [UnicodeCategory.ModifierSymbol],
        ["So"] = [UnicodeCategory.OtherSymbol],
        ["Z"] = [UnicodeCategory.SpaceSeparator, UnicodeCategory.LineSeparator, UnicodeCategory.ParagraphSeparator],
        ["Zs"] = [UnicodeCategory.SpaceSeparator],
        ["Zl"] = [UnicodeCategory.LineSeparator],
        ["Zp"] = [UnicodeCategory.ParagraphSeparator],
        ["C"] = [UnicodeCategory.Control, UnicodeCategory.Format, UnicodeCategory.PrivateUse, UnicodeCategory.OtherNotAssigned],
        ["Cc"] = [UnicodeCategory.Control],
        ["Cf"] = [UnicodeCategory.Format],
        ["Co"] = [UnicodeCategory.PrivateUse],
        ["Cn"] = [UnicodeCategory.OtherNotAssigned],
    };

    /// <summary><c>\d</c>: the framework's digit table, then the supplementary decimal digits (Nd).</summary>
    public static CodePointSet Digits => Cache.GetOrAdd(@"\d", _ => Combine(@"\p{_xmlD}", Categories("Nd")!))!;

    /// <summary><c>\w</c>: the framework's word table, then every supplementary character that is not P, Z or C.</summary>
    public static CodePointSet Word => Cache.GetOrAdd(@"\w", _ => Combine(@"\p{_xmlW}", Categories("P")!.Union(Categories("Z")!).Union(Categories("C")!).Complement()))!;

    /// <summary><c>\p{Name}</c> for a general category or category group, or null for a block name or an unknown name.</summary>
    public static CodePointSet? Category(string name) =>
        Cache.GetOrAdd(@"\p{" + name + "}", _ => Categories(name) is { } supplementary ? Combine(@"\p{" + name + "}", supplementary) : null);

    /// <summary>The characters of the BMP the .NET class matches, plus the supplementary part of <paramref name="supplementary"/>.</summary>
    private static CodePointSet Combine(string netClass, CodePointSet supplementary)
    {
        var regex = new Regex(netClass, RegexOptions.CultureInvariant);
        var ranges = new List<(int, int)>();
        Span<char> one = stackalloc char[1];
        for (var c = 0; c <= 0xFFFF; c++)
        {
            one[0] = (char)c;
            if (regex.IsMatch(one))
            {
                ranges.Add((c, c));
            }
        }
        return CodePointSet.Of(ranges).Union(supplementary.Except(CodePointSet.Range(0, 0xFFFF)));
    }

    /// <summary>The supplementary code points of a category or group, by .NET's Unicode data; null for an unknown name.</summary>
    private static CodePointSet? Categories(string name) =>
        Names.TryGetValue(name, out var categories)
            ? categories.Aggregate(CodePointSet.Empty, (set, category) => set.Union(Supplementary.Value.GetValueOrDefault(category, CodePointSet.Empty)))
            : null;

    private static Dictionary<UnicodeCategory, CodePointSet> ScanSupplementary()
    {
        var ranges = new Dictionary<UnicodeCategory, List<(int, int)>>();
        var start = 0x10000;
        var current = CharUnicodeInfo.GetUnicodeCategory(start);
        for (var codePoint = start + 1; codePoint <= CodePointSet.MaxCodePoint + 1; codePoint++)
        {
            var category = codePoint <= CodePointSet.MaxCodePoint ? CharUnicodeInfo.GetUnicodeCategory(codePoint) : (UnicodeCategory)(-1);
            if (category != current)
            {
                if (!ranges.TryGetValue(current, out var list))
                {
                    ranges[current] = list = [];
                }
                list.Add((start, codePoint - 1));
                start = codePoint;
                current = category;
            }
        }
        return ranges.ToDictionary(pair => pair.Key, pair => CodePointSet.Of(pair.Value));
    }
}

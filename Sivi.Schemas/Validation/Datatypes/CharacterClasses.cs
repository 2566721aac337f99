using System.Buffers;
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

    /// <summary>The ranges of <see cref="FrameworkDigits"/>.</summary>
    internal static IReadOnlyList<(char First, char Last)> FrameworkDigitTable { get; } =
    [
        ('\u0030', '\u0039'), ('\u0660', '\u0669'), ('\u06F0', '\u06F9'), ('\u0966', '\u096F'), ('\u09E6', '\u09EF'),
        ('\u0A66', '\u0A6F'), ('\u0AE6', '\u0AEF'), ('\u0B66', '\u0B6F'), ('\u0BE7', '\u0BEF'), ('\u0C66', '\u0C6F'),
        ('\u0CE6', '\u0CEF'), ('\u0D66', '\u0D6F'), ('\u0E50', '\u0E59'), ('\u0ED0', '\u0ED9'), ('\u0F20', '\u0F29'),
        ('\u1040', '\u1049'), ('\u1369', '\u1371'), ('\u17E0', '\u17E9'), ('\u1810', '\u1819'), ('\uFF10', '\uFF19'),
    ];

    /// <summary>
    /// The framework's <c>\d</c> (.NET's <c>\p{_xmlD}</c>): the decimal digits of the Basic Multilingual Plane in the
    /// Unicode 3.1 database XML Schema 1.0 refers to. Kept as a table because building it from the regex engine costs
    /// more than a short validation run; a test holds it equal to what .NET's class matches.
    /// </summary>
    public static SearchValues<char> FrameworkDigits { get; } = SearchValues.Create(FrameworkDigitRanges());

    /// <summary><c>\d</c>: the framework's digit table, then the supplementary decimal digits (Nd).</summary>
    public static CodePointSet Digits => Cache.GetOrAdd(@"\d", _ =>
        CodePointSet.Of(FrameworkDigitTable.Select(r => ((int)r.First, (int)r.Last))).Union(Categories("Nd")!.Except(CodePointSet.Range(0, 0xFFFF))))!;

    /// <summary><c>\w</c>: the framework's word table, then every supplementary character that is not P, Z or C.</summary>
    public static CodePointSet Word => Cache.GetOrAdd(@"\w", _ => Combine(@"\p{_xmlW}", Categories("P")!.Union(Categories("Z")!).Union(Categories("C")!).Complement()))!;

    /// <summary><c>\p{Name}</c> for a general category or category group, or null for a block name or an unknown name.</summary>
    public static CodePointSet? Category(string name) =>
        Cache.GetOrAdd(@"\p{" + name + "}", _ => Categories(name) is { } supplementary ? Combine(@"\p{" + name + "}", supplementary) : null);

    private static char[] FrameworkDigitRanges() =>
        FrameworkDigitTable.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).Select(c => (char)c).ToArray();

    /// <summary>The characters of the BMP the .NET class matches, plus the supplementary part of <paramref name="supplementary"/>.</summary>
    private static CodePointSet Combine(string netClass, CodePointSet supplementary) =>
        Bmp(netClass).Union(supplementary.Except(CodePointSet.Range(0, 0xFFFF)));

    /// <summary>The Basic Multilingual Plane characters a .NET regex class matches, found with one scan over all of them.</summary>
    internal static CodePointSet Bmp(string netClass)
    {
        var all = string.Create(0x10000, 0, static (text, _) =>
        {
            for (var c = 0; c < text.Length; c++)
            {
                text[c] = (char)c;
            }
        });
        var ranges = new List<(int, int)>();
        foreach (var match in new Regex(netClass, RegexOptions.CultureInvariant).EnumerateMatches(all))
        {
            ranges.Add((match.Index, match.Index + match.Length - 1));
        }
        return CodePointSet.Of(ranges);
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

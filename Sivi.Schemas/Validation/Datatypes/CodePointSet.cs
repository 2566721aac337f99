using System.Globalization;
using System.Text;

namespace Sivi.Schemas.Validation.Datatypes;

/// <summary>
/// A set of Unicode code points (0 to 10FFFF) as sorted, disjoint, non-adjacent inclusive ranges; immutable. Written
/// out as a .NET regex fragment that matches one code point of the set in a UTF-16 string: a character class for the
/// Basic Multilingual Plane and surrogate pairs for the planes above it.
/// </summary>
internal sealed class CodePointSet
{
    public const int MaxCodePoint = 0x10FFFF;

    private readonly (int First, int Last)[] _ranges;

    private CodePointSet((int First, int Last)[] ranges) => _ranges = ranges;

    public static CodePointSet Empty { get; } = new([]);

    public static CodePointSet All { get; } = new([(0, MaxCodePoint)]);

    public IReadOnlyList<(int First, int Last)> Ranges => _ranges;

    public static CodePointSet Single(int codePoint) => new([(codePoint, codePoint)]);

    public static CodePointSet Range(int first, int last) => first > last ? Empty : new([(first, last)]);

    /// <summary>Builds a set from ranges in any order, overlapping or not.</summary>
    public static CodePointSet Of(IEnumerable<(int First, int Last)> ranges)
    {
        var sorted = ranges.Where(r => r.First <= r.Last).OrderBy(r => r.First).ToList();
        var merged = new List<(int First, int Last)>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.First <= merged[^1].Last + 1)
            {
                merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, range.Last));
            }
            else
            {
                merged.Add(range);
            }
        }
        return new CodePointSet([.. merged]);
    }

    public CodePointSet Union(CodePointSet other) => Of(_ranges.Concat(other._ranges));

    public CodePointSet Complement()
    {
        var result = new List<(int, int)>(_ranges.Length + 1);
        var next = 0;
        foreach (var (first, last) in _ranges)
        {
            if (first > next)
            {
                result.Add((next, first - 1));
            }
            next = last + 1;
        }
        if (next <= MaxCodePoint)
        {
            result.Add((next, MaxCodePoint));
        }
        return new CodePointSet([.. result]);
    }

    /// <summary>The code points of this set that are not in <paramref name="other"/>.</summary>
    public CodePointSet Except(CodePointSet other) => Complement().Union(other).Complement();

    public bool Contains(int codePoint)
    {
        int low = 0, high = _ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < _ranges[middle].First)
            {
                high = middle - 1;
            }
            else if (codePoint > _ranges[middle].Last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A regex atom (a class or a group) matching exactly one code point of this set; surrogate code points are left out.</summary>
    public string ToRegex()
    {
        var alternatives = new List<string>();
        var bmp = new StringBuilder();
        foreach (var (first, last) in Clip(0, 0xD7FF).Concat(Clip(0xE000, 0xFFFF)))
        {
            bmp.Append(Escape(first));
            if (last > first)
            {
                bmp.Append('-').Append(Escape(last));
            }
        }
        if (bmp.Length > 0)
        {
            alternatives.Add("[" + bmp + "]");
        }
        foreach (var (first, last) in Clip(0x10000, MaxCodePoint))
        {
            alternatives.AddRange(SurrogatePairs(first, last));
        }
        // one atom, so that a quantifier after it applies to the whole code point
        return alternatives.Count switch
        {
            0 => @"[^\u0000-\uFFFF]",
            1 when bmp.Length > 0 => alternatives[0],
            _ => "(?:" + string.Join("|", alternatives) + ")",
        };
    }

    private IEnumerable<(int First, int Last)> Clip(int low, int high)
    {
        foreach (var (first, last) in _ranges)
        {
            if (last >= low && first <= high)
            {
                yield return (Math.Max(first, low), Math.Min(last, high));
            }
        }
    }

    /// <summary>The surrogate-pair patterns matching the supplementary code points first..last.</summary>
    private static IEnumerable<string> SurrogatePairs(int first, int last)
    {
        var (highFirst, lowFirst) = Split(first);
        var (highLast, lowLast) = Split(last);
        if (highFirst == highLast)
        {
            yield return Escape(highFirst) + Class(lowFirst, lowLast);
            yield break;
        }
        yield return Escape(highFirst) + Class(lowFirst, 0xDFFF);
        if (highFirst + 1 <= highLast - 1)
        {
            yield return Class(highFirst + 1, highLast - 1) + Class(0xDC00, 0xDFFF);
        }
        yield return Escape(highLast) + Class(0xDC00, lowLast);
    }

    private static (int High, int Low) Split(int codePoint) =>
        (0xD800 + ((codePoint - 0x10000) >> 10), 0xDC00 + ((codePoint - 0x10000) & 0x3FF));

    private static string Class(int first, int last) => first == last ? Escape(first) : "[" + Escape(first) + "-" + Escape(last) + "]";

    private static string Escape(int unit) => string.Create(CultureInfo.InvariantCulture, $"\\u{unit:X4}");
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// Produces strings of a chosen length that match an XSD pattern made of single-character atoms (literals, escapes,
/// character classes, '.') each with an optional quantifier, e.g. <c>\D*</c> or <c>[0-9]{1,3}[.][0-9]{2}</c>.
/// Groups and alternation are rejected with <see cref="NotSupportedException"/>.
/// </summary>
internal sealed class PatternTemplate
{
    /// <summary>Characters a generated value may use (no whitespace, so whiteSpace facets never alter a value).</summary>
    private static readonly string Alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_/&<>'\"()+,:;=?!#%*@éëüÉß";

    private readonly IReadOnlyList<Atom> _atoms;

    private PatternTemplate(string pattern, IReadOnlyList<Atom> atoms)
    {
        Pattern = pattern;
        _atoms = atoms;
        MinLength = atoms.Sum(a => a.Min);
        MaxLength = atoms.Any(a => a.Max is null) ? null : atoms.Sum(a => a.Max!.Value);
    }

    public string Pattern { get; }

    /// <summary>The fewest characters a match can have.</summary>
    public int MinLength { get; }

    /// <summary>The most characters a match can have; <see langword="null"/> when unbounded.</summary>
    public int? MaxLength { get; }

    public static PatternTemplate Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var atoms = new List<Atom>();
        var i = 0;
        while (i < pattern.Length)
        {
            var source = ReadAtom(pattern, ref i);
            var (min, max) = ReadQuantifier(pattern, ref i);
            var matcher = XsdRegex.Compile(source);
            var allowed = string.Concat(Alphabet.Where(c => matcher.IsMatch(c.ToString())));
            if (allowed.Length == 0)
            {
                throw new NotSupportedException($"pattern '{pattern}': no generator character matches '{source}'");
            }
            atoms.Add(new Atom(allowed, min, max));
        }
        return new PatternTemplate(pattern, atoms);
    }

    /// <summary>A match of <paramref name="length"/> characters, clamped to [MinLength, MaxLength].</summary>
    public string Generate(int length, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var remaining = Math.Max(length, MinLength) - MinLength;
        if (MaxLength is { } max)
        {
            remaining = Math.Min(remaining, max - MinLength);
        }
        var text = new StringBuilder();
        foreach (var atom in _atoms)
        {
            var extra = atom.Max is null ? remaining : Math.Min(remaining, atom.Max.Value - atom.Min);
            remaining -= extra;
            for (var n = 0; n < atom.Min + extra; n++)
            {
                text.Append(atom.Allowed[random.Next(atom.Allowed.Length)]);
            }
        }
        return text.ToString();
    }

    private static string ReadAtom(string pattern, ref int i)
    {
        var c = pattern[i];
        switch (c)
        {
            case '[':
                var end = ClassEnd(pattern, i);
                var cls = pattern[i..(end + 1)];
                i = end + 1;
                return cls;
            case '\\' when i + 1 < pattern.Length:
                var escapeEnd = pattern[i + 1] is 'p' or 'P' ? pattern.IndexOf('}', i) : i + 1;
                if (escapeEnd < 0)
                {
                    throw new NotSupportedException($"pattern '{pattern}': unterminated escape");
                }
                var escape = pattern[i..(escapeEnd + 1)];
                i = escapeEnd + 1;
                return escape;
            case '(' or ')' or '|' or '*' or '+' or '?' or '{' or '\\':
                throw new NotSupportedException($"pattern '{pattern}': '{c}' at {i} is not supported (only quantified single-character atoms)");
            default:
                i++;
                return c == '.' ? "." : Regex.Escape(c.ToString());
        }
    }

    private static int ClassEnd(string pattern, int start)
    {
        for (var j = start + 1; j < pattern.Length; j++)
        {
            switch (pattern[j])
            {
                case '\\':
                    j++;
                    break;
                case '[':
                    throw new NotSupportedException($"pattern '{pattern}': character class subtraction is not supported");
                case ']':
                    return j;
            }
        }
        throw new NotSupportedException($"pattern '{pattern}': unterminated character class");
    }

    private static (int Min, int? Max) ReadQuantifier(string pattern, ref int i)
    {
        if (i >= pattern.Length)
        {
            return (1, 1);
        }
        switch (pattern[i])
        {
            case '*':
                i++;
                return (0, null);
            case '+':
                i++;
                return (1, null);
            case '?':
                i++;
                return (0, 1);
            case '{':
                var close = pattern.IndexOf('}', i);
                if (close < 0)
                {
                    throw new NotSupportedException($"pattern '{pattern}': unterminated quantifier");
                }
                var body = pattern[(i + 1)..close].Split(',');
                i = close + 1;
                var min = int.Parse(body[0], CultureInfo.InvariantCulture);
                return body.Length == 1 ? (min, min)
                    : body[1].Length == 0 ? (min, null)
                    : (min, int.Parse(body[1], CultureInfo.InvariantCulture));
            default:
                return (1, 1);
        }
    }

    private sealed record Atom(string Allowed, int Min, int? Max);
}

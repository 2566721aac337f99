using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Sivi.Schemas.Validation.Datatypes;

/// <summary>
/// Translates an XML Schema 1.0 regular expression (Part 2, Appendix F) into an anchored .NET regex that matches code
/// points, not UTF-16 code units: every character class (<c>.</c>, <c>\d</c>, <c>\D</c>, <c>\p{..}</c>, <c>[..]</c>)
/// matches a character outside the Basic Multilingual Plane as one unit, with its own Unicode category (see
/// <see cref="CharacterClasses"/>). The framework hands patterns to .NET's regex engine, which sees such a character
/// as two surrogates: it lets <c>\D</c> accept a digit like U+1D7CE and counts the character twice against a
/// quantifier. The translation also anchors at the very end (a final line feed does not match <c>$</c>-style).
/// The block escapes <c>\p{IsBlock}</c> and the XML name escapes <c>\i</c>, <c>\c</c> are not translated: a pattern
/// using them gives null, and the caller keeps the framework's verdict.
/// </summary>
internal sealed class XsdRegexTranslator
{
    private static readonly CodePointSet LineEnds = CodePointSet.Of([('\n', '\n'), ('\r', '\r')]);
    private static readonly CodePointSet Spaces = CodePointSet.Of([(' ', ' '), ('\t', '\t'), ('\n', '\n'), ('\r', '\r')]);

    private static readonly ConcurrentDictionary<string, XsdPattern?> Cache = new(StringComparer.Ordinal);

    private readonly int[] _pattern;
    private int _position;
    private bool _differsFromFramework;

    private XsdRegexTranslator(string pattern)
    {
        var codePoints = new List<int>(pattern.Length);
        foreach (var rune in pattern.EnumerateRunes())
        {
            codePoints.Add(rune.Value);
        }
        _pattern = [.. codePoints];
    }

    /// <summary>
    /// The compiled regex, or null when the pattern uses a construct this translator leaves to the framework; each
    /// pattern is translated once per process.
    /// </summary>
    public static Regex? Compiled(string pattern) => Translated(pattern)?.Regex;

    /// <summary>The translation of <paramref name="pattern"/>, or null when it uses a construct left to the framework.</summary>
    public static XsdPattern? Translated(string pattern) => Cache.GetOrAdd(pattern, Translate);

    private static XsdPattern? Translate(string pattern)
    {
        try
        {
            var translator = new XsdRegexTranslator(pattern);
            var body = translator.RegExp();
            if (translator._position != translator._pattern.Length)
            {
                return null;
            }
            return new XsdPattern(pattern, @"\A(?:" + body + @")\z", !translator._differsFromFramework);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private bool AtEnd => _position >= _pattern.Length;

    private int Peek(int ahead = 0) => _position + ahead < _pattern.Length ? _pattern[_position + ahead] : -1;

    private int Next() => AtEnd ? throw Unsupported("unexpected end") : _pattern[_position++];

    private static NotSupportedException Unsupported(string what) => new(what);

    // regExp ::= branch ( '|' branch )*
    private string RegExp()
    {
        var branches = new List<string> { Branch() };
        while (Peek() == '|')
        {
            _position++;
            branches.Add(Branch());
        }
        return string.Join("|", branches);
    }

    // branch ::= piece*
    private string Branch()
    {
        var text = new StringBuilder();
        while (!AtEnd && Peek() is not ('|' or ')'))
        {
            text.Append(Piece());
        }
        return text.ToString();
    }

    // piece ::= atom quantifier?
    private string Piece()
    {
        var atom = Atom();
        return Peek() switch
        {
            '?' or '*' or '+' => atom + (char)Next(),
            '{' => atom + Quantity(),
            _ => atom,
        };
    }

    private string Quantity()
    {
        var text = new StringBuilder();
        text.Append((char)Next());
        while (Peek() is >= '0' and <= '9' or ',')
        {
            text.Append((char)Next());
        }
        if (Next() != '}' || text.Length < 2 || text[1] == ',')
        {
            throw Unsupported("quantity");
        }
        return text.Append('}').ToString();
    }

    // atom ::= Char | charClass | ( '(' regExp ')' )
    private string Atom()
    {
        var c = Next();
        switch (c)
        {
            case '(':
                var group = RegExp();
                return Next() == ')' ? "(?:" + group + ")" : throw Unsupported("group");
            case '[':
                return ClassExpression().ToRegex();
            case '.':
                // .NET's '.' also matches a carriage return
                _differsFromFramework = true;
                return LineEnds.Complement().ToRegex();
            case '\\':
                return Escape().ToRegex();
            case '?' or '*' or '+' or '{' or '}' or ')' or ']' or '|':
                throw Unsupported("metacharacter");
            default:
                // '^' and '$' are plain characters in XML Schema but anchors to .NET
                _differsFromFramework |= c is '^' or '$';
                return CodePointSet.Single(c).ToRegex();
        }
    }

    // charClassExpr ::= '[' charGroup ']', after the '['
    private CodePointSet ClassExpression()
    {
        var negated = Peek() == '^';
        if (negated)
        {
            _position++;
        }
        var ranges = new List<(int, int)>();
        var set = CodePointSet.Empty;
        var first = true;
        while (true)
        {
            var c = Peek();
            if (c == ']' && !first)
            {
                _position++;
                break;
            }
            if (c == '-' && Peek(1) == '[' && !first)
            {
                // charClassSub: the group so far minus the class expression that follows
                _position += 2;
                var subtracted = ClassExpression();
                var group = set.Union(CodePointSet.Of(ranges));
                var result = (negated ? group.Complement() : group).Except(subtracted);
                return Next() == ']' ? result : throw Unsupported("subtraction");
            }
            if (c == '\\' && Peek(1) is 'p' or 'P' or 's' or 'S' or 'i' or 'I' or 'c' or 'C' or 'd' or 'D' or 'w' or 'W')
            {
                _position++;
                set = set.Union(Escape());
            }
            else
            {
                var low = ClassCharacter(first);
                if (Peek() == '-' && Peek(1) is not (']' or '[' or -1))
                {
                    _position++;
                    var high = ClassCharacter(false);
                    ranges.Add(high >= low ? (low, high) : throw Unsupported("range"));
                }
                else
                {
                    ranges.Add((low, low));
                }
            }
            first = false;
        }
        var all = set.Union(CodePointSet.Of(ranges));
        return negated ? all.Complement() : all;
    }

    /// <summary>A single character in a class: literal or a single-character escape.</summary>
    private int ClassCharacter(bool first)
    {
        var c = Next();
        if (c == '\\')
        {
            return SingleCharacterEscape(Next());
        }
        return c == '[' || (c == ']' && !first) ? throw Unsupported("class character") : c;
    }

    /// <summary>Anything after a backslash: a single-character, multi-character or category escape.</summary>
    private CodePointSet Escape()
    {
        var c = Next();
        return c switch
        {
            'p' => Category(),
            'P' => Category().Complement(),
            's' or 'S' => Space(c == 's'),
            'd' => CharacterClasses.Digits,
            'D' => CharacterClasses.Digits.Complement(),
            'w' => CharacterClasses.Word,
            'W' => CharacterClasses.Word.Complement(),
            'i' or 'I' or 'c' or 'C' => throw Unsupported("XML name escapes"),
            _ => CodePointSet.Single(SingleCharacterEscape(c)),
        };
    }

    /// <summary>\s is #x20, #x9, #xA, #xD in XML Schema; .NET's \s (which the framework keeps) is all Unicode white space.</summary>
    private CodePointSet Space(bool positive)
    {
        _differsFromFramework = true;
        return positive ? Spaces : Spaces.Complement();
    }

    private static int SingleCharacterEscape(int c) => c switch
    {
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        '\\' or '|' or '.' or '?' or '*' or '+' or '(' or ')' or '{' or '}' or '-' or '[' or ']' or '^' => c,
        _ => throw Unsupported("escape"),
    };

    private CodePointSet Category()
    {
        if (Next() != '{')
        {
            throw Unsupported("category");
        }
        var name = new StringBuilder();
        while (Peek() is not ('}' or -1))
        {
            name.Append((char)Next());
        }
        _position++;
        return CharacterClasses.Category(name.ToString()) ?? throw Unsupported("block or unknown category");
    }
}

using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Schema;

namespace Sivi.Schemas.Validation.Datatypes;

/// <summary>
/// The gateway's own check of a simple type's values, for the datatypes where the framework's schema validator
/// departs from XML Schema 1.0 Part 2: xs:date and xs:time (lexical space, see <see cref="XsdDateTimeLexical"/>) and
/// strings holding characters outside the Basic Multilingual Plane (the length facets count characters, §4.3.1–4.3.3,
/// where the framework counts UTF-16 code units; patterns match characters, see <see cref="XsdRegexTranslator"/>).
/// A rule exists only for types whose every facet it implements; for other types and values the framework's verdict
/// stands (<see cref="Decides"/>).
/// </summary>
internal sealed class SimpleValueRule
{
    private static readonly ConditionalWeakTable<XmlSchemaSimpleType, Holder> Cache = [];

    private readonly Kind _kind;
    private readonly WhiteSpaceHandling _whiteSpace;
    private readonly int? _minLength;
    private readonly int? _maxLength;
    private readonly Lazy<Regex[][]?> _patterns;
    private readonly bool _hasPatterns;
    private readonly string[] _enumeration;

    private SimpleValueRule(Kind kind, string typeName, WhiteSpaceHandling whiteSpace, int? minLength, int? maxLength, List<List<string>> patterns, string[] enumeration)
    {
        _kind = kind;
        TypeName = typeName;
        _whiteSpace = whiteSpace;
        _minLength = minLength;
        _maxLength = maxLength;
        _patterns = new(() => CompilePatterns(patterns));
        _hasPatterns = patterns.Count > 0;
        _enumeration = enumeration;
    }

    private enum Kind
    {
        Date,
        Time,
        String,
    }

    /// <summary>How errors name the type: its qualified name, or its built-in base for an anonymous type.</summary>
    public string TypeName { get; }

    /// <summary>The rule for <paramref name="type"/>, or null when the framework's verdict is to stand for it.</summary>
    public static SimpleValueRule? For(XmlSchemaSimpleType type) => Cache.GetValue(type, static t => new Holder(Build(t))).Rule;

    /// <summary>
    /// True when this rule, not the framework, gives the verdict on <paramref name="value"/>: always for dates and
    /// times; for strings only when they hold a character outside the Basic Multilingual Plane (a surrogate pair), or
    /// end in a line feed while the type has patterns (the framework's anchor lets a final line feed through), and
    /// every pattern of the type translates (patterns are translated then, on first need).
    /// </summary>
    public bool Decides(string value)
    {
        if (_kind != Kind.String)
        {
            return true;
        }
        var surrogates = value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');
        var finalLineFeed = _hasPatterns && value.EndsWith('\n');
        return (surrogates || finalLineFeed) && _patterns.Value is not null;
    }

    /// <summary>Why <paramref name="value"/> is not a value of the type, or null when it is.</summary>
    public string? Problem(string value)
    {
        switch (_kind)
        {
            case Kind.Date:
                return XsdDateTimeLexical.IsDate(value) ? null : $"The string '{value}' is not a valid xs:date value.";
            case Kind.Time:
                return XsdDateTimeLexical.IsTime(value) ? null : $"The string '{value}' is not a valid xs:time value.";
        }
        var normalized = Normalize(value);
        var length = normalized.Length - CountLowSurrogates(normalized);
        if (_maxLength is { } max && length > max)
        {
            return _minLength == max
                ? $"The actual length ({length} characters) is not equal to the specified length ({max})."
                : $"The actual length ({length} characters) is greater than the MaxLength value ({max}).";
        }
        if (_minLength is { } min && length < min)
        {
            return _maxLength == min
                ? $"The actual length ({length} characters) is not equal to the specified length ({min})."
                : $"The actual length ({length} characters) is less than the MinLength value ({min}).";
        }
        if (_patterns.Value is { } patterns && patterns.Any(group => !group.Any(pattern => pattern.IsMatch(normalized))))
        {
            return "The Pattern constraint failed.";
        }
        if (_enumeration.Length > 0 && !_enumeration.Contains(normalized, StringComparer.Ordinal))
        {
            return "The Enumeration constraint failed.";
        }
        return null;
    }

    private string Normalize(string value) => _whiteSpace switch
    {
        WhiteSpaceHandling.Replace => ReplaceWhiteSpace(value),
        WhiteSpaceHandling.Collapse => string.Join(' ', ReplaceWhiteSpace(value).Split(' ', StringSplitOptions.RemoveEmptyEntries)),
        _ => value,
    };

    private static string ReplaceWhiteSpace(string value) =>
        value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static int CountLowSurrogates(string value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsLowSurrogate(c))
            {
                count++;
            }
        }
        return count;
    }

    private static SimpleValueRule? Build(XmlSchemaSimpleType type)
    {
        var datatype = type.Datatype;
        if (datatype is null || datatype.Variety != XmlSchemaDatatypeVariety.Atomic)
        {
            return null;
        }
        var (kind, whiteSpace) = datatype.TypeCode switch
        {
            XmlTypeCode.Date => (Kind.Date, WhiteSpaceHandling.Collapse),
            XmlTypeCode.Time => (Kind.Time, WhiteSpaceHandling.Collapse),
            XmlTypeCode.String => (Kind.String, WhiteSpaceHandling.Preserve),
            XmlTypeCode.NormalizedString => (Kind.String, WhiteSpaceHandling.Replace),
            XmlTypeCode.Token => (Kind.String, WhiteSpaceHandling.Collapse),
            _ => ((Kind?)null, WhiteSpaceHandling.Preserve),
        };
        if (kind is not { } known)
        {
            return null;
        }
        var facets = SimpleTypeFacets.Read(type);
        if (facets is null || facets.HasNumericFacets || (known != Kind.String && !facets.IsEmpty))
        {
            return null;
        }
        var name = type.QualifiedName.IsEmpty ? datatype.TypeCode.ToString() : type.QualifiedName.ToString();
        return new SimpleValueRule(known, name, facets.WhiteSpace ?? whiteSpace, facets.MinLength, facets.MaxLength, facets.PatternGroups, [.. facets.Enumeration]);
    }

    /// <summary>Every pattern group translated, or null when a pattern does not translate.</summary>
    private static Regex[][]? CompilePatterns(List<List<string>> groups)
    {
        var compiled = new Regex[groups.Count][];
        for (var i = 0; i < groups.Count; i++)
        {
            compiled[i] = new Regex[groups[i].Count];
            for (var j = 0; j < groups[i].Count; j++)
            {
                if (XsdRegexTranslator.Compiled(groups[i][j]) is not { } regex)
                {
                    return null;
                }
                compiled[i][j] = regex;
            }
        }
        return compiled;
    }

    private sealed class Holder(SimpleValueRule? rule)
    {
        public SimpleValueRule? Rule { get; } = rule;
    }
}

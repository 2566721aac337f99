using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Sivi.Schemas.Validation.Compiled;

/// <summary>
/// The quick pass straight over a UTF-8 document's bytes, without an <see cref="System.Xml.XmlReader"/>: it checks
/// well-formedness itself, but only for the plain shape messages have — an optional XML declaration (version 1.0,
/// UTF-8), elements with ASCII names, namespace declarations as their only attributes, text with the five predefined
/// entities — and against the same <see cref="CompiledElement"/> tree as <see cref="ValidityProof"/>. Anything else
/// (comments, processing instructions, CDATA, a DTD, character references, carriage returns or unusual characters in
/// values, other attributes, a name or attribute value outside ASCII, a malformed or truncated document) makes it stop
/// with false, and the caller reads the document again the usual way; a document it accepts is one the XmlReader and
/// the full validation accept. Its per-tag methods are compiled fully optimised at once, as <see cref="ValidityProof"/>'s are.
/// </summary>
internal sealed class Utf8ValidityProof
{
    private static readonly int TagsBetweenCancellationChecks = 4096;
    private static readonly string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private static readonly string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    /// <summary>Bytes after which text needs a closer look: control characters, CR, '&amp;', ']' and anything outside ASCII.</summary>
    private static readonly SearchValues<byte> TextToInspect = SearchValues.Create(Bytes(0x00, 0x1F).Concat("&]"u8.ToArray()).Concat(Bytes(0x80, 0xFF)).ToArray());

    /// <summary>Control characters XML 1.0 does not allow (tab and line ends it does).</summary>
    private static readonly SearchValues<byte> ForbiddenControls = SearchValues.Create(Bytes(0x00, 0x1F).Where(b => b is not (0x09 or 0x0A or 0x0D)).ToArray());

    private readonly Utf8Window _window;
    private readonly int _maxDepth;
    private readonly ContentModelState _model = new();
    private readonly List<Binding> _bindings = [];
    private string?[] _prefixes = new string?[16];
    private string? _text;
    private bool _rootIsEmpty;
    private string? _rootPrefix;

    public Utf8ValidityProof(Utf8Window window, int maxDepth)
    {
        _window = window;
        _maxDepth = maxDepth;
    }

    /// <summary>Reads the prolog and the root start tag; false when they are not of the plain shape this pass reads.</summary>
    public bool TryReadRoot(out string localName, out string namespaceUri)
    {
        localName = namespaceUri = "";
        if (!Prolog())
        {
            return false;
        }
        var tag = StartTag(out var name);
        if (tag is not { } parsed)
        {
            return false;
        }
        localName = Encoding.ASCII.GetString(name.Local);
        namespaceUri = parsed.Namespace;
        _rootIsEmpty = parsed.IsEmpty;
        _rootPrefix = parsed.Prefix;
        return true;
    }

    /// <summary>True when the document, its root start tag read by <see cref="TryReadRoot"/>, is certainly valid against <paramref name="root"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Run(CompiledElement root, string localName, string namespaceUri, CancellationToken cancellationToken)
    {
        if (!root.Is(localName, namespaceUri) || !Open(root, _rootPrefix, _rootIsEmpty))
        {
            return false;
        }
        var untilCancellationCheck = TagsBetweenCancellationChecks;
        while (_model.Depth > 0)
        {
            if (--untilCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                untilCancellationCheck = TagsBetweenCancellationChecks;
            }
            var lessThan = _window.IndexOf((byte)'<');
            if (lessThan < 0)
            {
                return false;
            }
            if (lessThan > _window.Position && !Text(_window.Buffer.AsSpan(_window.Position, lessThan - _window.Position)))
            {
                return false;
            }
            _window.Position = lessThan;
            if (!_window.Ensure(2))
            {
                return false;
            }
            var next = _window.Buffer[_window.Position + 1];
            if (next == '/')
            {
                if (!EndTag())
                {
                    return false;
                }
            }
            else if (StartTag(out var name) is not { } tag || _model.Child(name) is not { } child || !Open(child, tag.Prefix, tag.IsEmpty))
            {
                return false;
            }
        }
        // after the root only white space
        return !_window.SkipWhitespace(Whitespace);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Open(CompiledElement element, string? prefix, bool isEmpty)
    {
        var depth = _model.Depth;
        if (depth >= _maxDepth)
        {
            return false;
        }
        if (depth == _prefixes.Length)
        {
            Array.Resize(ref _prefixes, depth * 2);
        }
        _prefixes[depth] = prefix;
        _model.Push(element);
        _text = null;
        return !isEmpty || Close();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Close()
    {
        var element = _model.Pop(out var complete);
        var depth = _model.Depth;
        while (_bindings.Count > 0 && _bindings[^1].Depth == depth)
        {
            _bindings.RemoveAt(_bindings.Count - 1);
        }
        if (element.Value is { } value)
        {
            var text = _text ?? "";
            _text = null;
            return value.Accepts(text);
        }
        return complete;
    }

    /// <summary>An optional byte order mark and XML declaration, then white space up to the root's start tag.</summary>
    private bool Prolog()
    {
        if (_window.Ensure(3) && _window.Rest.StartsWith("\uFEFF"u8))
        {
            _window.Position += 3;
        }
        if (_window.Ensure(6) && _window.Rest.StartsWith("<?xml"u8) && IsWhitespace(_window.Rest[5]) && !XmlDeclaration())
        {
            return false;
        }
        return _window.SkipWhitespace(Whitespace) && _window.Ensure(2) && _window.Rest[0] == '<' && IsNameStart(_window.Rest[1]);
    }

    /// <summary><c>&lt;?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"] ?&gt;</c>, nothing else.</summary>
    private bool XmlDeclaration()
    {
        var greaterThan = _window.IndexOf((byte)'>');
        if (greaterThan < 0 || _window.Buffer[greaterThan - 1] != '?')
        {
            return false;
        }
        var declaration = _window.Buffer.AsSpan(_window.Position + 5, greaterThan - 1 - (_window.Position + 5));
        _window.Position = greaterThan + 1;
        var at = 0;
        if (!SkipSpaces(declaration, ref at) || !Pseudo(declaration, ref at, "version"u8, out var version) || !version.SequenceEqual("1.0"u8))
        {
            return false;
        }
        var spaced = SkipSpaces(declaration, ref at);
        if (spaced && declaration[at..].StartsWith("encoding"u8))
        {
            if (!Pseudo(declaration, ref at, "encoding"u8, out var encoding) || !Ascii.EqualsIgnoreCase(encoding, "UTF-8"u8))
            {
                return false;
            }
            spaced = SkipSpaces(declaration, ref at);
        }
        if (spaced && declaration[at..].StartsWith("standalone"u8))
        {
            if (!Pseudo(declaration, ref at, "standalone"u8, out var standalone) || !(standalone.SequenceEqual("yes"u8) || standalone.SequenceEqual("no"u8)))
            {
                return false;
            }
            SkipSpaces(declaration, ref at);
        }
        return at == declaration.Length;
    }

    /// <summary><c>name S? = S? "value"</c> (or single quotes) in the XML declaration.</summary>
    private static bool Pseudo(ReadOnlySpan<byte> text, ref int at, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (!text[at..].StartsWith(name))
        {
            return false;
        }
        at += name.Length;
        SkipSpaces(text, ref at);
        if (at >= text.Length || text[at] != '=')
        {
            return false;
        }
        at++;
        SkipSpaces(text, ref at);
        if (at >= text.Length || text[at] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }
        var quote = text[at++];
        var length = text[at..].IndexOf(quote);
        if (length < 0)
        {
            return false;
        }
        value = text.Slice(at, length);
        at += length + 1;
        return true;
    }

    /// <summary>
    /// The start tag at the window's position (which is at its '&lt;'), with its namespace declarations taken into
    /// scope at the new element's depth; moves past it. Null when it is not of the plain shape.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private StartTagInfo? StartTag(out Utf8Name name)
    {
        name = default;
        var greaterThan = _window.IndexOf((byte)'>');
        if (greaterThan < 0)
        {
            return null;
        }
        var buffer = _window.Buffer;
        var start = _window.Position + 1;
        var tag = buffer.AsSpan(start, greaterThan - start);
        _window.Position = greaterThan + 1;
        var depth = _model.Depth;
        if (!QualifiedName(tag, 0, out var prefixLength, out var nameLength))
        {
            return null;
        }
        var at = nameLength;
        var isEmpty = false;
        while (at < tag.Length)
        {
            if (tag[at] == '/' && at == tag.Length - 1)
            {
                isEmpty = true;
                break;
            }
            if (!SkipSpaces(tag, ref at))
            {
                return null;
            }
            if (at == tag.Length)
            {
                break;
            }
            if (tag[at] == '/' && at == tag.Length - 1)
            {
                isEmpty = true;
                break;
            }
            if (!NamespaceDeclaration(tag, ref at, depth))
            {
                return null;
            }
        }
        var prefix = prefixLength == 0 ? null : tag[..prefixLength];
        if (Resolve(prefix) is not { } namespaceUri)
        {
            return null;
        }
        var localStart = prefixLength == 0 ? 0 : prefixLength + 1;
        name = new Utf8Name(buffer, start + localStart, nameLength - localStart, namespaceUri);
        return new StartTagInfo(namespaceUri, prefixLength == 0 ? null : Encoding.ASCII.GetString(prefix), isEmpty);
    }

    /// <summary><c>xmlns="uri"</c> or <c>xmlns:p="uri"</c>, taken into scope at <paramref name="depth"/>; any other attribute gives false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NamespaceDeclaration(ReadOnlySpan<byte> tag, ref int at, int depth)
    {
        if (!QualifiedName(tag, at, out var prefixLength, out var nameLength))
        {
            return false;
        }
        var attribute = tag.Slice(at, nameLength);
        string declared;
        if (prefixLength == 0 && attribute.SequenceEqual("xmlns"u8))
        {
            declared = "";
        }
        else if (prefixLength > 0 && attribute[..prefixLength].SequenceEqual("xmlns"u8))
        {
            declared = Encoding.ASCII.GetString(attribute[(prefixLength + 1)..]);
            if (declared is "xml" or "xmlns")
            {
                return false;
            }
        }
        else
        {
            return false;
        }
        at += nameLength;
        SkipSpaces(tag, ref at);
        if (at >= tag.Length || tag[at] != '=')
        {
            return false;
        }
        at++;
        SkipSpaces(tag, ref at);
        if (at >= tag.Length || tag[at] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }
        var quote = tag[at++];
        var length = tag[at..].IndexOf(quote);
        if (length < 0)
        {
            return false;
        }
        var value = tag.Slice(at, length);
        at += length + 1;
        // printable ASCII without markup characters: the value is the namespace name as it stands
        if (value.IndexOfAnyExceptInRange((byte)0x21, (byte)0x7E) >= 0 || value.IndexOfAny("<&"u8) >= 0 || (value.IsEmpty && declared.Length > 0))
        {
            return false;
        }
        var uri = Encoding.ASCII.GetString(value);
        if (uri == XmlNamespace || uri == XmlnsNamespace)
        {
            return false;
        }
        for (var i = _bindings.Count - 1; i >= 0 && _bindings[i].Depth == depth; i--)
        {
            if (_bindings[i].Prefix == declared)
            {
                return false;
            }
        }
        _bindings.Add(new Binding(declared, uri, depth));
        return true;
    }

    /// <summary>The namespace bound to <paramref name="prefix"/> (null: the default namespace, "" when none is declared); null when unbound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? Resolve(ReadOnlySpan<byte> prefix)
    {
        if (prefix.SequenceEqual("xml"u8) || prefix.SequenceEqual("xmlns"u8))
        {
            return null;
        }
        for (var i = _bindings.Count - 1; i >= 0; i--)
        {
            if (Ascii.Equals(prefix, _bindings[i].Prefix))
            {
                return _bindings[i].Uri;
            }
        }
        return prefix.IsEmpty ? "" : null;
    }

    /// <summary>The end tag at the window's position; it must close the innermost element, with the same prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool EndTag()
    {
        var greaterThan = _window.IndexOf((byte)'>');
        if (greaterThan < 0)
        {
            return false;
        }
        var start = _window.Position + 2;
        var tag = _window.Buffer.AsSpan(start, greaterThan - start);
        _window.Position = greaterThan + 1;
        if (!QualifiedName(tag, 0, out var prefixLength, out var nameLength))
        {
            return false;
        }
        var at = nameLength;
        SkipSpaces(tag, ref at);
        if (at != tag.Length)
        {
            return false;
        }
        var prefix = _prefixes[_model.Depth - 1];
        var samePrefix = prefix is null ? prefixLength == 0 : prefixLength > 0 && Ascii.Equals(tag[..prefixLength], prefix);
        var local = prefixLength == 0 ? tag[..nameLength] : tag[(prefixLength + 1)..nameLength];
        return samePrefix && local.SequenceEqual(_model.Current.Utf8LocalName) && Close();
    }

    /// <summary>Character data between tags: white space in element-only content, an element's value otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Text(ReadOnlySpan<byte> text)
    {
        var element = _model.Current;
        if (element.Value is null)
        {
            return element.Children.Length > 0 && text.IndexOfAnyExcept(Whitespace) < 0;
        }
        if (text.IndexOfAny(TextToInspect) < 0)
        {
            _text = Encoding.ASCII.GetString(text);
            return true;
        }
        // a carriage return would be turned into a line feed by the reader: left to it, as is the rest here
        if (text.IndexOfAny(ForbiddenControls) >= 0 || text.Contains((byte)'\r') || text.IndexOf("]]>"u8) >= 0 || !Utf8.IsValid(text)
            || text.IndexOf("\uFFFE"u8) >= 0 || text.IndexOf("\uFFFF"u8) >= 0)
        {
            return false;
        }
        var value = Encoding.UTF8.GetString(text);
        _text = value.Contains('&', StringComparison.Ordinal) ? ExpandEntities(value) : value;
        return _text is not null;
    }

    /// <summary>The value with the five predefined entities replaced; null for any other reference.</summary>
    private static string? ExpandEntities(string value)
    {
        var expanded = new StringBuilder(value.Length);
        var at = 0;
        while (at < value.Length)
        {
            var ampersand = value.IndexOf('&', at);
            if (ampersand < 0)
            {
                expanded.Append(value, at, value.Length - at);
                break;
            }
            expanded.Append(value, at, ampersand - at);
            var semicolon = value.IndexOf(';', ampersand);
            if (semicolon < 0)
            {
                return null;
            }
            var character = value.AsSpan(ampersand + 1, semicolon - ampersand - 1) switch
            {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "apos" => '\'',
                "quot" => '"',
                _ => '\0',
            };
            if (character == '\0')
            {
                return null;
            }
            expanded.Append(character);
            at = semicolon + 1;
        }
        return expanded.ToString();
    }

    /// <summary>An ASCII name, with at most one colon inside (prefix and local name); lengths of the prefix (0 for none) and of the whole name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool QualifiedName(ReadOnlySpan<byte> text, int start, out int prefixLength, out int length)
    {
        prefixLength = 0;
        length = 0;
        var at = start;
        if (at >= text.Length || !IsNameStart(text[at]))
        {
            return false;
        }
        at++;
        while (at < text.Length && IsNameCharacter(text[at]))
        {
            at++;
        }
        if (at < text.Length && text[at] == ':')
        {
            prefixLength = at - start;
            at++;
            if (at >= text.Length || !IsNameStart(text[at]))
            {
                return false;
            }
            at++;
            while (at < text.Length && IsNameCharacter(text[at]))
            {
                at++;
            }
        }
        length = at - start;
        // a name must end at white space, '=', '/' or the end of the tag
        return at == text.Length || IsWhitespace(text[at]) || text[at] is (byte)'=' or (byte)'/';
    }

    /// <summary>Moves past white space; true when there was any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SkipSpaces(ReadOnlySpan<byte> text, ref int at)
    {
        var start = at;
        while (at < text.Length && IsWhitespace(text[at]))
        {
            at++;
        }
        return at > start;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhitespace(byte value) => value is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameStart(byte value) => value is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (byte)'_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameCharacter(byte value) => IsNameStart(value) || value is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.';

    private static IEnumerable<byte> Bytes(int first, int last) => Enumerable.Range(first, last - first + 1).Select(b => (byte)b);

    private readonly record struct Binding(string Prefix, string Uri, int Depth);

    private readonly record struct StartTagInfo(string Namespace, string? Prefix, bool IsEmpty);

    /// <summary>An element's local name in the window's buffer and its namespace, to match against declarations.</summary>
    private readonly struct Utf8Name(byte[] buffer, int start, int length, string namespaceUri) : IElementName
    {
        public ReadOnlySpan<byte> Local => buffer.AsSpan(start, length);

        public bool Matches(CompiledElement candidate) =>
            candidate.Utf8LocalName.AsSpan().SequenceEqual(buffer.AsSpan(start, length))
            && string.Equals(candidate.NamespaceUri, namespaceUri, StringComparison.Ordinal);
    }
}

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

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
/// One file per construct: this one walks the element tree; the .Prolog, .Tags, .Text and .Names parts read the bytes.
/// </summary>
internal sealed partial class Utf8ValidityProof
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

    private static IEnumerable<byte> Bytes(int first, int last) => Enumerable.Range(first, last - first + 1).Select(b => (byte)b);

    private readonly record struct Binding(string Prefix, string Uri, int Depth);

    private readonly record struct StartTagInfo(string Namespace, string? Prefix, bool IsEmpty);
}

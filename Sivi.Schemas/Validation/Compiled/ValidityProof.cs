using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace Sivi.Schemas.Validation.Compiled;

/// <summary>
/// The quick pass over a document against a <see cref="CompiledElement"/> tree: reads the rest of the document from
/// its root start tag and says whether it is certainly valid. It never reports errors: on anything unexpected or
/// uncertain (an attribute other than a namespace declaration, a value it is not sure of, an element out of place,
/// text in element-only content, a nesting limit) it stops with false, and the caller validates the document in full,
/// which finds and places the errors. A document it accepts is one the full validation accepts.
/// Its per-node methods are compiled fully optimised at once: a validation run is often over before tiered compilation
/// would have recompiled them.
/// </summary>
internal sealed class ValidityProof
{
    private static readonly int NodesBetweenCancellationChecks = 4096;
    private static readonly string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly ContentModelState _model = new();
    private string? _text;
    private StringBuilder? _moreText;
    private string? _rootNamespace;
    private string? _compiledRootNamespace;

    /// <summary>True when the document, read by <paramref name="reader"/> from its root start tag to its end, is valid.</summary>
    /// <exception cref="XmlException">The document is not well-formed.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Run(XmlReader reader, CompiledElement root, int maxDepth, CancellationToken cancellationToken)
    {
        if (reader.NodeType != XmlNodeType.Element || !root.Is(reader.LocalName, reader.NamespaceURI) || !Open(reader, root, maxDepth))
        {
            return false;
        }
        // the reader hands out one string per namespace: children in the root's namespace are matched by reference
        _rootNamespace = reader.NamespaceURI;
        _compiledRootNamespace = root.NamespaceUri;
        var untilCancellationCheck = NodesBetweenCancellationChecks;
        while (reader.Read())
        {
            if (--untilCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                untilCancellationCheck = NodesBetweenCancellationChecks;
            }
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (_model.Depth == 0 || Child(reader) is not { } child || !Open(reader, child, maxDepth))
                    {
                        return false;
                    }
                    break;
                case XmlNodeType.EndElement:
                    if (!Close())
                    {
                        return false;
                    }
                    break;
                case XmlNodeType.Whitespace when _model.Depth == 0 || _model.Current.Children.Length > 0:
                    // indentation between child elements, or line ends after the root
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (_model.Depth == 0 || _model.Current.Value is null)
                    {
                        return false;
                    }
                    AddText(reader.Value);
                    break;
                case XmlNodeType.Comment:
                case XmlNodeType.ProcessingInstruction:
                    break;
                default:
                    return false;
            }
        }
        return _model.Depth == 0;
    }

    /// <summary>Opens an element that has passed its parent's content model; an empty element is closed at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Open(XmlReader reader, CompiledElement element, int maxDepth)
    {
        if (reader.Depth >= maxDepth || !OnlyNamespaceDeclarations(reader))
        {
            return false;
        }
        _model.Push(element);
        _text = null;
        _moreText?.Clear();
        return !reader.IsEmptyElement || Close();
    }

    /// <summary>The declaration the parent's sequence expects for the element at the reader, advancing the parent's position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CompiledElement? Child(XmlReader reader)
    {
        var namespaceUri = reader.NamespaceURI;
        return _model.Child(new ReaderName(reader.LocalName, namespaceUri, ReferenceEquals(namespaceUri, _rootNamespace), _compiledRootNamespace!));
    }

    private static bool OnlyNamespaceDeclarations(XmlReader reader)
    {
        if (!reader.HasAttributes)
        {
            return true;
        }
        var only = true;
        while (only && reader.MoveToNextAttribute())
        {
            only = ReferenceEquals(reader.NamespaceURI, XmlnsNamespace) || string.Equals(reader.NamespaceURI, XmlnsNamespace, StringComparison.Ordinal);
        }
        reader.MoveToElement();
        return only;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Close()
    {
        var element = _model.Pop(out var complete);
        if (element.Value is { } value)
        {
            var text = _moreText is { Length: > 0 } ? _moreText.ToString() : _text ?? "";
            _text = null;
            _moreText?.Clear();
            return value.Accepts(text);
        }
        return complete;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddText(string value)
    {
        if (_text is null && _moreText is not { Length: > 0 })
        {
            _text = value;
            return;
        }
        _moreText ??= new StringBuilder();
        if (_moreText.Length == 0)
        {
            _moreText.Append(_text);
            _text = null;
        }
        _moreText.Append(value);
    }

    /// <summary>An element's name as the reader gives it; children in the root's namespace are matched by reference.</summary>
    private readonly struct ReaderName(string localName, string namespaceUri, bool inRootNamespace, string compiledRootNamespace) : IElementName
    {
        public bool Matches(CompiledElement candidate) =>
            inRootNamespace && ReferenceEquals(candidate.NamespaceUri, compiledRootNamespace)
                ? string.Equals(candidate.LocalName, localName, StringComparison.Ordinal)
                : candidate.Is(localName, namespaceUri);
    }
}

using System.Xml;
using Sivi.Schemas.Registry;

namespace Sivi.Schemas.Validation;

/// <summary>
/// Validates a document while it is written, from the writer's events instead of its bytes: the same schema set,
/// validator and error reporting (position, element path) as <see cref="SiviValidator.ValidateAsync"/>, without the
/// cost of parsing back what was just written. The writer must write exactly what it reports (that is the writer's
/// contract, tested against reading its bytes back). Indentation is not reported: between child elements the schema
/// ignores it, and the writer puts no children in an element with text content. One instance per document.
/// </summary>
public sealed class WrittenDocumentValidation : IDocumentWriteListener
{
    private readonly SchemaRegistry _registry;
    private readonly string _displayName;
    private readonly string? _release;
    private readonly ValidationErrorCollector _errors;
    private readonly ElementPath _path = new();
    private readonly ValidationPosition _position = new();
    private SchemaValidatorSession? _session;
    private SiviMessageType? _type;
    private bool _refused;

    internal WrittenDocumentValidation(SchemaRegistry registry, SiviValidationOptions options, string displayName, string? release)
    {
        _registry = registry;
        _displayName = displayName;
        _release = release;
        _errors = new ValidationErrorCollector(options.MaxErrors);
    }

    public void StartElement(string localName, string namespaceUri, int line, int column)
    {
        if (_session is null && !_refused)
        {
            _session = Begin(localName, namespaceUri, line, column);
            _refused = _session is null;
        }
        if (_session is null)
        {
            return;
        }
        _session.StartElement(localName, namespaceUri, line, column);
        _session.EndOfAttributes();
    }

    public void Text(string value, int line, int column)
    {
        if (_session is null || value.Length == 0)
        {
            return;
        }
        if (!IsXmlWhitespace(value))
        {
            _session.Text(value, line, column);
        }
        else if (!_path.InElementOnlyContent)
        {
            // what a reader reports as a whitespace node, and the document validation skips in element-only content
            _session.Whitespace(value, line, column);
        }
    }

    public void EndElement() => _session?.EndElement();

    public void EndDocument(int line, int column) => _session?.End(line, column);

    /// <summary>The verdict, once the writer has finished (or failed: then only what was written so far is judged).</summary>
    public SiviValidationResult Result() => new(_displayName, _type, _type?.Release ?? _release, _errors.ToList());

    private SchemaValidatorSession? Begin(string rootName, string namespaceUri, int line, int column)
    {
        _type = MessageTypeResolution.Resolve(_registry, rootName, namespaceUri, _release, out var problem);
        if (_type is null)
        {
            _errors.SetTerminal(new SiviValidationError(line, column, "/" + rootName, problem.Message, problem.Kind));
            return null;
        }
        try
        {
            return new SchemaValidatorSession(new NameTable(), _registry.GetSchemaSet(_type), new DefaultNamespace(namespaceUri), _errors, _path, _position);
        }
        catch (SchemaRegistryException e)
        {
            _errors.SetTerminal(new SiviValidationError(0, 0, null, e.Message, ValidationErrorKind.SchemaUnavailable));
            return null;
        }
    }

    private static bool IsXmlWhitespace(string value)
    {
        foreach (var c in value)
        {
            if (c is not (' ' or '\t' or '\n' or '\r'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The only namespace a written SIVI document declares: the default one, on its root.</summary>
    private sealed class DefaultNamespace(string namespaceUri) : IXmlNamespaceResolver
    {
        private static readonly string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

        public IDictionary<string, string> GetNamespacesInScope(XmlNamespaceScope scope) =>
            new Dictionary<string, string>(StringComparer.Ordinal) { [""] = namespaceUri };

        public string? LookupNamespace(string prefix) => prefix switch
        {
            "" => namespaceUri,
            "xml" => XmlNamespace,
            _ => null,
        };

        public string? LookupPrefix(string namespaceName) => namespaceName == namespaceUri ? "" : null;
    }
}

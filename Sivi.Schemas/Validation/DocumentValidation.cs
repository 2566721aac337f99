using System.Xml;
using System.Xml.Schema;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation.Compiled;

namespace Sivi.Schemas.Validation;

/// <summary>
/// Validates one document: reads up to the root start tag to pick the schema, then, when the document can be read
/// again, makes a quick pass against the schema's compiled form (<see cref="ValidityProof"/>), which proves most valid
/// documents valid at a fraction of the cost. Otherwise, and whenever the quick pass is not sure, it reads the document
/// again from the start and feeds every node to an <see cref="XmlSchemaValidator"/>, collecting each error with its
/// position and element path; so errors, and the verdict, are always the full validation's. A stream that may block is
/// read with the asynchronous reader (and gets no quick pass); a document in memory or a local file is parsed
/// synchronously, which is markedly faster as there is little to wait for. One instance per document.
/// </summary>
internal sealed class DocumentValidation
{
    private static readonly string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private static readonly int NodesBetweenCancellationChecks = 4096;

    private readonly SchemaRegistry _registry;
    private readonly SiviValidationOptions _options;
    private readonly ValidationErrorCollector _errors;
    private readonly ElementPath _path = new();
    private readonly ValidationPosition _position = new();

    public DocumentValidation(SchemaRegistry registry, SiviValidationOptions options)
    {
        _registry = registry;
        _options = options;
        _errors = new ValidationErrorCollector(options.MaxErrors);
    }

    /// <param name="synchronous">The stream's reads do not wait long (memory, a local file): parse synchronously.</param>
    public async Task<SiviValidationResult> RunAsync(Stream document, bool synchronous, string displayName, string? release, CancellationToken cancellationToken)
    {
        var start = document.CanSeek ? document.Position : -1;
        var settings = HardenedXml.ReaderSettings(async: !synchronous);
        settings.CloseInput = false;
        settings.MaxCharactersInDocument = _options.MaxCharactersInDocument;
        SiviMessageType? type = null;
        XmlReader? reader = null;
        if (synchronous && start >= 0 && _options.QuickPass)
        {
            if (ProvenFromBytes(document, release, cancellationToken) is { } proven)
            {
                return Result(displayName, proven, proven.Release);
            }
            document.Position = start;
        }
        try
        {
            reader = XmlReader.Create(document, settings);
            if (!await MoveToRootAsync(reader, synchronous).ConfigureAwait(false))
            {
                _errors.SetTerminal(new SiviValidationError(0, 0, null, "the document has no root element", ValidationErrorKind.NotWellFormed));
                return Result(displayName, null, release);
            }
            var lineInfo = (IXmlLineInfo)reader;
            type = MessageTypeResolution.Resolve(_registry, reader.LocalName, reader.NamespaceURI, release, out var problem);
            if (type is null)
            {
                _errors.SetTerminal(new SiviValidationError(lineInfo.LineNumber, lineInfo.LinePosition, "/" + reader.LocalName, problem.Message, problem.Kind));
                return Result(displayName, null, release);
            }
            XmlSchemaSet schemas;
            try
            {
                schemas = _registry.GetSchemaSet(type);
            }
            catch (SchemaRegistryException e)
            {
                _errors.SetTerminal(new SiviValidationError(0, 0, null, e.Message, ValidationErrorKind.SchemaUnavailable));
                return Result(displayName, type, type.Release);
            }
            if (synchronous && start >= 0 && _options.QuickPass && CompiledSchema.For(schemas)?.Root(reader.LocalName, reader.NamespaceURI) is { } root)
            {
                if (ProvesValid(reader, root, cancellationToken))
                {
                    return Result(displayName, type, type.Release);
                }
                reader.Dispose();
                document.Position = start;
                reader = XmlReader.Create(document, settings);
                await MoveToRootAsync(reader, synchronous).ConfigureAwait(false);
            }
            await ValidateFromRootAsync(reader, synchronous, schemas, cancellationToken).ConfigureAwait(false);
        }
        catch (XmlException e)
        {
            _errors.SetTerminal(ParserErrors.ToError(e, _position.LineNumber, _position.LinePosition,
                _path.Depth == 0 ? null : _path.ToString(), _options.MaxCharactersInDocument));
        }
        finally
        {
            reader?.Dispose();
        }
        return Result(displayName, type, type?.Release ?? release);
    }

    /// <summary>
    /// The quick pass over the document's bytes (<see cref="Utf8ValidityProof"/>): the message type when it proves the
    /// document valid, null when it is not sure (the caller then reads the document the usual way, which also reports
    /// an unknown message type or a schema that does not compile).
    /// </summary>
    private SiviMessageType? ProvenFromBytes(Stream document, string? release, CancellationToken cancellationToken)
    {
        using var window = document is MemoryStream memory && memory.TryGetBuffer(out var bytes)
            ? new Utf8Window(bytes.Array!, bytes.Offset + (int)memory.Position, (int)(memory.Length - memory.Position))
            : new Utf8Window(document);
        var proof = new Utf8ValidityProof(window, _options.MaxDepth);
        if (!proof.TryReadRoot(out var localName, out var namespaceUri)
            || MessageTypeResolution.Resolve(_registry, localName, namespaceUri, release, out _) is not { } type)
        {
            return null;
        }
        XmlSchemaSet schemas;
        try
        {
            schemas = _registry.GetSchemaSet(type);
        }
        catch (SchemaRegistryException)
        {
            return null;
        }
        return CompiledSchema.For(schemas)?.Root(localName, namespaceUri) is { } root
            && proof.Run(root, localName, namespaceUri, cancellationToken)
            && window.BytesRead <= _options.MaxCharactersInDocument
                ? type
                : null;
    }

    /// <summary>
    /// Reads the prolog up to the root start tag, keeping track of where each node ends, so that an error the parser
    /// reports without a position (a refused DTD) can still be placed.
    /// </summary>
    private async Task<bool> MoveToRootAsync(XmlReader reader, bool synchronous)
    {
        var lineInfo = (IXmlLineInfo)reader;
        while (synchronous ? reader.Read() : await reader.ReadAsync().ConfigureAwait(false))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
            if (reader.NodeType is XmlNodeType.Whitespace)
            {
                _position.SetAfter(lineInfo.LineNumber, lineInfo.LinePosition, reader.Value);
            }
            else
            {
                _position.Set(lineInfo.LineNumber, lineInfo.LinePosition);
            }
        }
        return false;
    }

    /// <summary>The quick pass; a document that is not well-formed is left to the full validation to report.</summary>
    private bool ProvesValid(XmlReader reader, CompiledElement root, CancellationToken cancellationToken)
    {
        try
        {
            return new ValidityProof().Run(reader, root, _options.MaxDepth, cancellationToken);
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private SiviValidationResult Result(string displayName, SiviMessageType? type, string? release) =>
        new(displayName, type, release, _errors.ToList());

    private async Task ValidateFromRootAsync(XmlReader reader, bool synchronous, XmlSchemaSet schemas, CancellationToken cancellationToken)
    {
        var lineInfo = (IXmlLineInfo)reader;
        var session = new SchemaValidatorSession(reader.NameTable, schemas, (IXmlNamespaceResolver)reader, _errors, _path, _position);
        var untilCancellationCheck = NodesBetweenCancellationChecks;
        do
        {
            if (--untilCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                untilCancellationCheck = NodesBetweenCancellationChecks;
            }
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth >= _options.MaxDepth)
                    {
                        _errors.SetTerminal(new SiviValidationError(lineInfo.LineNumber, lineInfo.LinePosition, _path.ToString(),
                            $"elements are nested deeper than the limit of {_options.MaxDepth} levels", ValidationErrorKind.Limit));
                        return;
                    }
                    StartElement(reader, lineInfo, session);
                    break;
                case XmlNodeType.EndElement:
                    session.EndElement();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    session.Text(synchronous ? reader.Value : await reader.GetValueAsync().ConfigureAwait(false), lineInfo.LineNumber, lineInfo.LinePosition);
                    break;
                case XmlNodeType.Whitespace when _path.InElementOnlyContent:
                    // indentation between child elements: the schema ignores it, so skip fetching and checking it
                    break;
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    session.Whitespace(synchronous ? reader.Value : await reader.GetValueAsync().ConfigureAwait(false), lineInfo.LineNumber, lineInfo.LinePosition);
                    break;
            }
        }
        while (synchronous ? reader.Read() : await reader.ReadAsync().ConfigureAwait(false));
        session.End(lineInfo.LineNumber, lineInfo.LinePosition);
    }

    private void StartElement(XmlReader reader, IXmlLineInfo lineInfo, SchemaValidatorSession session)
    {
        var line = lineInfo.LineNumber;
        var column = lineInfo.LinePosition;
        var isEmpty = reader.IsEmptyElement;
        string? xsiType = null, xsiNil = null, xsiSchemaLocation = null, xsiNoNamespaceSchemaLocation = null;
        var hasAttributes = reader.HasAttributes;
        if (hasAttributes)
        {
            while (reader.MoveToNextAttribute())
            {
                if (reader.NamespaceURI == XsiNamespace)
                {
                    switch (reader.LocalName)
                    {
                        case "type": xsiType = reader.Value; break;
                        case "nil": xsiNil = reader.Value; break;
                        case "schemaLocation": xsiSchemaLocation = reader.Value; break;
                        case "noNamespaceSchemaLocation": xsiNoNamespaceSchemaLocation = reader.Value; break;
                    }
                }
            }
            reader.MoveToElement();
        }
        session.StartElement(reader.LocalName, reader.NamespaceURI, line, column, xsiType, xsiNil, xsiSchemaLocation, xsiNoNamespaceSchemaLocation);
        if (hasAttributes)
        {
            while (reader.MoveToNextAttribute())
            {
                if (reader.NamespaceURI != XmlnsNamespace)
                {
                    _position.Set(lineInfo.LineNumber, lineInfo.LinePosition);
                    session.Attribute(reader.LocalName, reader.NamespaceURI, reader.Value);
                }
            }
            reader.MoveToElement();
            _position.Set(line, column);
        }
        session.EndOfAttributes();
        if (isEmpty)
        {
            session.EndElement();
        }
    }
}

using System.Xml;
using System.Xml.Schema;

namespace Sivi.Schemas.Validation;

/// <summary>
/// One document's run through an <see cref="XmlSchemaValidator"/>, fed node by node by whoever reads or writes the
/// document: keeps the element path and the position the validator reports, and collects each error with both.
/// The caller sets <see cref="Position"/> before a call whose errors belong somewhere else than the element's start.
/// </summary>
internal sealed class SchemaValidatorSession
{
    private readonly XmlSchemaValidator _validator;
    private readonly ValidationErrorCollector _errors;
    private readonly XmlSchemaInfo _elementInfo = new();

    public SchemaValidatorSession(XmlNameTable names, XmlSchemaSet schemas, IXmlNamespaceResolver namespaces,
        ValidationErrorCollector errors, ElementPath path, ValidationPosition position)
    {
        _errors = errors;
        Path = path;
        Position = position;
        _validator = new XmlSchemaValidator(names, schemas, namespaces, XmlSchemaValidationFlags.ReportValidationWarnings)
        {
            XmlResolver = null,
            LineInfoProvider = Position,
        };
        _validator.ValidationEventHandler += OnValidationEvent;
        _validator.Initialize();
    }

    public ElementPath Path { get; }

    public ValidationPosition Position { get; }

    /// <summary>Opens an element at its start tag; its attributes follow, then <see cref="EndOfAttributes"/>.</summary>
    /// <param name="localName">Compared by reference among siblings: take it from one name table or one definition.</param>
    public void StartElement(string localName, string namespaceUri, int line, int column,
        string? xsiType = null, string? xsiNil = null, string? xsiSchemaLocation = null, string? xsiNoNamespaceSchemaLocation = null)
    {
        Path.Push(localName, line, column);
        Position.Set(line, column);
        _validator.ValidateElement(localName, namespaceUri, _elementInfo, xsiType, xsiNil, xsiSchemaLocation, xsiNoNamespaceSchemaLocation);
        if (_elementInfo.SchemaElement is { MaxOccurs: > 1 })
        {
            Path.MarkRepeatable();
        }
        if (_elementInfo.ContentType == XmlSchemaContentType.ElementOnly)
        {
            Path.MarkElementOnly();
        }
    }

    public void Attribute(string localName, string namespaceUri, string value) =>
        _validator.ValidateAttribute(localName, namespaceUri, value, null);

    public void EndOfAttributes() => _validator.ValidateEndOfAttributes(null);

    /// <summary>Closes the innermost element; its errors are placed at its start tag.</summary>
    public void EndElement()
    {
        Position.Set(Path.Line, Path.Column);
        _validator.ValidateEndElement(null);
        Path.Pop();
    }

    public void Text(string value, int line, int column)
    {
        Position.Set(line, column);
        _validator.ValidateText(value);
    }

    public void Whitespace(string value, int line, int column)
    {
        Position.Set(line, column);
        _validator.ValidateWhitespace(value);
    }

    public void End(int line, int column)
    {
        Position.Set(line, column);
        _validator.EndValidation();
    }

    private void OnValidationEvent(object? sender, ValidationEventArgs e) =>
        _errors.Add(e.Exception.LineNumber, e.Exception.LinePosition, Path.ToString(),
            e.Severity == XmlSeverityType.Warning ? "warning: " + e.Message : e.Message);
}

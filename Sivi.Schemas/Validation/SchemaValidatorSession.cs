using System.Xml;
using System.Xml.Schema;
using Sivi.Schemas.Validation.Datatypes;

namespace Sivi.Schemas.Validation;

/// <summary>
/// One document's run through an <see cref="XmlSchemaValidator"/>, fed node by node by whoever reads or writes the
/// document: keeps the element path and the position the validator reports, and collects each error with both.
/// The caller sets <see cref="Position"/> before a call whose errors belong somewhere else than the element's start.
/// Where the framework's datatype checks depart from XML Schema 1.0 (see <see cref="SimpleValueRule"/>), the
/// gateway's own check of the element's value decides instead: the framework's errors for that value are dropped when
/// the value is valid, and an error is added when the framework let an invalid value pass.
/// </summary>
internal sealed class SchemaValidatorSession
{
    private readonly XmlSchemaValidator _validator;
    private readonly ValidationErrorCollector _errors;
    private readonly XmlSchemaInfo _elementInfo = new();
    private readonly List<(int Line, int Column, string Message)> _held = [];
    private bool _holding;

    /// <summary>The gateway's rule for the innermost open element's value, when it decides that element's verdict.</summary>
    private SimpleValueRule? _valueRule;
    private string? _valueName;
    private string? _valueNamespace;
    private string? _value;

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
        _valueRule = _elementInfo.SchemaType is XmlSchemaSimpleType simple && _elementInfo.SchemaElement is { FixedValue: null }
            ? SimpleValueRule.For(simple)
            : null;
        _valueName = localName;
        _valueNamespace = namespaceUri;
        _value = null;
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
        var rule = _valueRule;
        var value = _value ?? "";
        _valueRule = null;
        _value = null;
        if (rule is not null && rule.Decides(value))
        {
            EndElementDecidedBy(rule, value);
        }
        else
        {
            _validator.ValidateEndElement(null);
        }
        Path.Pop();
    }

    public void Text(string value, int line, int column)
    {
        Position.Set(line, column);
        KeepValue(value);
        _validator.ValidateText(value);
    }

    public void Whitespace(string value, int line, int column)
    {
        Position.Set(line, column);
        KeepValue(value);
        _validator.ValidateWhitespace(value);
    }

    public void End(int line, int column)
    {
        Position.Set(line, column);
        _validator.EndValidation();
    }

    private void KeepValue(string value)
    {
        if (_valueRule is not null)
        {
            _value = _value is null ? value : _value + value;
        }
    }

    /// <summary>
    /// Ends a simple-typed element whose value the gateway's rule judges: the framework's errors for the value are
    /// held back, then kept when the rule also finds the value invalid, or replaced by the rule's own error.
    /// </summary>
    private void EndElementDecidedBy(SimpleValueRule rule, string value)
    {
        _holding = true;
        try
        {
            _validator.ValidateEndElement(null);
        }
        finally
        {
            _holding = false;
        }
        var problem = rule.Problem(value);
        if (problem is not null && _held.Count == 0)
        {
            _errors.Add(Path.Line, Path.Column, Path.ToString(),
                $"The '{_valueNamespace}:{_valueName}' element is invalid - The value '{value}' is invalid according to its datatype '{rule.TypeName}' - {problem}");
        }
        else if (problem is not null)
        {
            foreach (var (line, column, message) in _held)
            {
                _errors.Add(line, column, Path.ToString(), message);
            }
        }
        _held.Clear();
    }

    private void OnValidationEvent(object? sender, ValidationEventArgs e)
    {
        var message = e.Severity == XmlSeverityType.Warning ? "warning: " + e.Message : e.Message;
        if (_holding)
        {
            _held.Add((e.Exception.LineNumber, e.Exception.LinePosition, message));
            return;
        }
        _errors.Add(e.Exception.LineNumber, e.Exception.LinePosition, Path.ToString(), message);
    }
}

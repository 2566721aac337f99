using System.Globalization;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// One edge value in one element of a minimal, otherwise valid message of (<see cref="Release"/>, <see cref="Type"/>).
/// <see cref="Rule"/> describes the element's simple type (built-in base and facets); <see cref="Template"/> is the
/// message with a marker where the value goes.
/// </summary>
public sealed record DatatypeCase(int Number, string Release, string Type, string ElementPath, string Rule, EdgeValue Value, string Template)
{
    public const string Marker = "\uE000value\uE000";

    public string FileName => string.Create(CultureInfo.InvariantCulture, $"case-{Number:D5}.xml");

    public string Document => Template.Replace(Marker, Value.Xml, StringComparison.Ordinal);

    public bool IsBaseline => Value.Label == EdgeValue.GeneratedLabel;

    /// <summary>The same place with another value (a control case), numbered <paramref name="number"/>.</summary>
    public DatatypeCase With(int number, EdgeValue value) => this with { Number = number, Value = value };

    public override string ToString() => $"{Release}/{Type} {ElementPath} [{Rule}] {Value}";
}

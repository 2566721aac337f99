namespace Sivi.Conformance.Tests.Corpus;

/// <summary>The family of built-in XSD types a simple element's type derives from; decides how values are made.</summary>
public enum ValueKind
{
    String,
    Integer,
    Decimal,
    Date,
    Time,
    DateTime,
}

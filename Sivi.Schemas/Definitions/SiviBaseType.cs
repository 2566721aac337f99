namespace Sivi.Schemas.Definitions;

/// <summary>The XML Schema built-in types the Verzuimstandaard uses for leaf elements.</summary>
public enum SiviBaseType
{
    String,

    /// <summary>xsd:nonNegativeInteger.</summary>
    Integer,
    Decimal,
    Date,
    Time,
}

namespace Sivi.Schemas.Validation.Datatypes;

/// <summary>The whiteSpace facet's values (XML Schema Part 2 §4.3.6): what happens to white space before other checks.</summary>
internal enum WhiteSpaceHandling
{
    /// <summary>Nothing changes (xs:string).</summary>
    Preserve,

    /// <summary>Tab, line feed and carriage return become spaces.</summary>
    Replace,

    /// <summary>As replace, then runs of spaces become one and leading and trailing spaces go.</summary>
    Collapse,
}

using System.Xml.Linq;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// Where libxml2 2.9 is wrong on the datatypes SIVI uses (listed in docs/schemas.md, "Datatypes: checked against
/// libxml2"). The gateway follows the specification there, so libxml2's verdict is the one that differs.
/// </summary>
internal static class LibxmlDeviations
{
    private static readonly char[] XmlWhiteSpace = [' ', '\t', '\n', '\r'];

    public static IReadOnlyList<LibxmlDeviation> All { get; } =
    [
        new(
            "libxml2 refuses an xs:date or xs:time value with leading or trailing white space",
            "XML Schema 1.0 Part 2 §4.3.6 whiteSpace: for all atomic types other than string (and types derived from it) "
                + "whiteSpace is collapse, fixed, so leading and trailing #x20, #x9, #xA, #xD are removed before the lexical check (§3.2.8 time, §3.2.9 date)",
            (c, value) => c.Rule is "Date" or "Time" && value.Length > 0 && value != value.Trim(XmlWhiteSpace),
            value => value.Trim(XmlWhiteSpace)),
    ];

    /// <summary>The element content of <paramref name="datatypeCase"/> as a parser reads it (references resolved, markup dropped).</summary>
    public static string ValueOf(DatatypeCase datatypeCase) => XElement.Parse("<v>" + datatypeCase.Value.Xml + "</v>").Value;
}

using System.Text.RegularExpressions;

namespace Gateway.Host.Mapping.Conversion;

/// <summary>
/// Schema error texts quote the offending value ("The value '123456782' is invalid…"); a value can be a BSN, an IBAN
/// or a medical date, so uitval keeps the position, path and rule but not the value.
/// </summary>
public static partial class SchemaErrorRedactor
{
    public static string Redact(string message) => QuotedValue().Replace(message, "$1'…'");

    [GeneratedRegex("(value |Value |literal |value of )'[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedValue();
}

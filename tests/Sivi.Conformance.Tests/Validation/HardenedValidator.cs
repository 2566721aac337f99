using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace Sivi.Conformance.Tests.Validation;

/// <summary>
/// Validates message text the way a gateway must read untrusted input: DTDs prohibited, no resolver (nothing is
/// fetched), schema locations in the document ignored. Validation warnings (such as a root element the set does not
/// declare) count as errors, so "no schema information" never passes as valid.
/// </summary>
public static class HardenedValidator
{
    public static Verdict Validate(XmlSchemaSet schemas, string xml)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentNullException.ThrowIfNull(xml);
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            Schemas = schemas,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add(Describe(e.Exception));
        try
        {
            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            errors.Add("not well-formed: " + e.Message);
        }
        return errors.Count == 0 ? Verdict.Valid : new Verdict(false, errors);
    }

    private static string Describe(XmlSchemaException e) =>
        string.Create(CultureInfo.InvariantCulture, $"{e.LineNumber}:{e.LinePosition} {e.Message}");
}

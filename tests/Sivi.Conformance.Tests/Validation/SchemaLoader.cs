using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Sivi.Conformance.Tests.Validation;

/// <summary>Loads and compiles one XSD into its own schema set, reading it with the same hardening as messages.</summary>
public static class SchemaLoader
{
    private static readonly XmlReaderSettings Hardened = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static XmlSchemaSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = XmlReader.Create(path, Hardened);
        return Compile(reader, path);
    }

    /// <summary>Compiles an XSD held in memory (e.g. a deliberately altered copy); <paramref name="source"/> names it in errors.</summary>
    public static XmlSchemaSet Load(XDocument xsd, string source)
    {
        ArgumentNullException.ThrowIfNull(xsd);
        using var reader = xsd.CreateReader();
        return Compile(reader, source);
    }

    /// <summary>Reads an XSD file into a document with DTDs prohibited and nothing resolved.</summary>
    public static XDocument Read(string path)
    {
        using var reader = XmlReader.Create(path, Hardened);
        return XDocument.Load(reader);
    }

    private static XmlSchemaSet Compile(XmlReader reader, string source)
    {
        var problems = new List<string>();
        var schemas = new XmlSchemaSet { XmlResolver = null };
        schemas.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity}: {e.Message}");
        schemas.Add(targetNamespace: null, reader);
        schemas.Compile();
        return problems.Count == 0
            ? schemas
            : throw new XmlSchemaException($"{source} does not compile: {string.Join("; ", problems)}");
    }
}

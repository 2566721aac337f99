using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;

namespace Sivi.Messages.Tests.Support;

/// <summary>Validates documents against the shipped xsd/ set (the same files the gateway uses at run time).</summary>
internal static class OwnSchemas
{
    private static readonly ConcurrentDictionary<(string Release, string Name), XmlSchemaSet> Sets = new();

    public static List<string> Validate(byte[] document, string release, string messageName)
    {
        var set = Sets.GetOrAdd((release, messageName), key =>
        {
            var schemas = new XmlSchemaSet { XmlResolver = null };
            using var reader = XmlReader.Create(Path.Combine(RepoPaths.Root, "xsd", key.Release, key.Name + ".xsd"),
                new XmlReaderSettings { XmlResolver = null, DtdProcessing = DtdProcessing.Prohibit });
            schemas.Add(null, reader);
            schemas.Compile();
            return schemas;
        });
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var validating = XmlReader.Create(new MemoryStream(document), settings);
        while (validating.Read())
        {
        }
        return errors;
    }
}

using System.Xml;
using System.Xml.Schema;

namespace Sivi.Schemas.Registry;

/// <summary>Compiles one schema file into a self-contained set without resolving anything external.</summary>
internal static class SchemaSetCompiler
{
    public static XmlSchemaSet Compile(SiviMessageType type)
    {
        var settings = HardenedXml.ReaderSettings(async: false);
        settings.MaxCharactersInDocument = 16 * 1024 * 1024;
        var set = new XmlSchemaSet { XmlResolver = null };
        var errors = new List<string>();
        set.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        try
        {
            using var stream = new FileStream(type.SchemaPath, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
            using var reader = XmlReader.Create(stream, settings);
            set.Add(type.Namespace, reader);
            set.Compile();
        }
        catch (Exception e) when (e is XmlException or XmlSchemaException or IOException or UnauthorizedAccessException)
        {
            throw new SchemaRegistryException($"{type.SchemaPath}: schema does not compile: {e.Message}", e);
        }
        if (errors.Count > 0 || !set.IsCompiled)
        {
            throw new SchemaRegistryException($"{type.SchemaPath}: schema does not compile: {string.Join("; ", errors)}");
        }
        return set;
    }
}

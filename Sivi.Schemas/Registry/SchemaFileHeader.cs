using System.Xml;

namespace Sivi.Schemas.Registry;

/// <summary>The two facts the registry needs from a schema file: its target namespace and its top-level element.</summary>
internal sealed record SchemaFileHeader(string TargetNamespace, string RootElement)
{
    private static readonly string XsdNamespace = "http://www.w3.org/2001/XMLSchema";

    /// <summary>Reads the schema root's attributes and its children up to the first top-level <c>xsd:element</c>.</summary>
    public static SchemaFileHeader Read(string path, CancellationToken cancellationToken)
    {
        var settings = HardenedXml.ReaderSettings(async: false);
        settings.CloseInput = true;
        settings.MaxCharactersInDocument = 16 * 1024 * 1024;
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "schema" || reader.NamespaceURI != XsdNamespace)
            {
                throw new SchemaRegistryException($"{path}: root element is not xsd:schema");
            }
            var targetNamespace = reader.GetAttribute("targetNamespace");
            if (string.IsNullOrEmpty(targetNamespace))
            {
                throw new SchemaRegistryException($"{path}: xsd:schema has no targetNamespace");
            }
            if (reader.IsEmptyElement)
            {
                throw new SchemaRegistryException($"{path}: schema declares no top-level element");
            }
            reader.Read();
            while (!reader.EOF && reader.Depth >= 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1)
                {
                    if (reader.LocalName == "element" && reader.NamespaceURI == XsdNamespace
                        && reader.GetAttribute("name") is { Length: > 0 } name)
                    {
                        return new SchemaFileHeader(targetNamespace, name);
                    }
                    reader.Skip();
                    continue;
                }
                reader.Read();
            }
            throw new SchemaRegistryException($"{path}: schema declares no top-level element");
        }
        catch (XmlException e)
        {
            throw new SchemaRegistryException($"{path}: not a readable schema: {e.Message}", e);
        }
    }
}

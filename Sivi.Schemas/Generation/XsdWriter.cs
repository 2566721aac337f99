using System.Globalization;
using System.Text;
using System.Xml;
using Sivi.Schemas.Definitions;

namespace Sivi.Schemas.Generation;

/// <summary>Writes the XML Schema of one message type in one release from its description.</summary>
public static class XsdWriter
{
    private const string Xs = "http://www.w3.org/2001/XMLSchema";

    /// <summary>The schema as text, UTF-8 without BOM, LF line ends: the content of xsd/&lt;release&gt;/&lt;Name&gt;.xsd.</summary>
    public static string Write(MessageSchema schema)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = true,
        };
        builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteComment(
                $" SIVI Verzuimstandaard {schema.Name}, release {schema.Release} (BrCd {schema.BerichtCode ?? "open"}, VnrBrCd {schema.VersieCode ?? "open"}). "
                + $"Generated from Sivi.Schemas/Definitions/{schema.Name}.sivi by tools/Sivi.Codegen; "
                + "edit the description, not this file. ");
            writer.WriteStartElement("xs", "schema", Xs);
            writer.WriteAttributeString("xmlns", "m", null, schema.Namespace);
            writer.WriteAttributeString("targetNamespace", schema.Namespace);
            writer.WriteAttributeString("elementFormDefault", "qualified");
            writer.WriteAttributeString("version", schema.Release);
            WriteElement(writer, schema.Root, isRoot: true);
            var named = new SortedDictionary<string, SimpleTypeDefinition>(StringComparer.Ordinal);
            CollectNamedTypes(schema.Root, named);
            foreach (var type in named.Values)
            {
                writer.WriteStartElement("xs", "simpleType", Xs);
                writer.WriteAttributeString("name", type.Name);
                WriteRestriction(writer, type);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        builder.Append('\n');
        return builder.ToString();
    }

    private static void WriteElement(XmlWriter writer, ElementDefinition element, bool isRoot)
    {
        writer.WriteStartElement("xs", "element", Xs);
        writer.WriteAttributeString("name", element.Name);
        if (!isRoot)
        {
            if (element.MinOccurs != 1)
            {
                writer.WriteAttributeString("minOccurs", element.MinOccurs.ToString(CultureInfo.InvariantCulture));
            }
            if (element.MaxOccurs != 1)
            {
                writer.WriteAttributeString("maxOccurs", element.MaxOccurs?.ToString(CultureInfo.InvariantCulture) ?? "unbounded");
            }
        }
        if (element.SimpleType is { } type)
        {
            if (type.Name is not null)
            {
                writer.WriteAttributeString("type", "m:" + type.Name);
            }
            else if (!type.HasFacets)
            {
                writer.WriteAttributeString("type", "xs:" + BuiltIn(type.Base));
            }
            else
            {
                writer.WriteStartElement("xs", "simpleType", Xs);
                WriteRestriction(writer, type);
                writer.WriteEndElement();
            }
        }
        else
        {
            writer.WriteStartElement("xs", "complexType", Xs);
            writer.WriteStartElement("xs", "sequence", Xs);
            foreach (var child in element.Children)
            {
                WriteElement(writer, child, isRoot: false);
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private static void WriteRestriction(XmlWriter writer, SimpleTypeDefinition type)
    {
        writer.WriteStartElement("xs", "restriction", Xs);
        writer.WriteAttributeString("base", "xs:" + BuiltIn(type.Base));
        Facet(writer, "length", type.Length);
        Facet(writer, "minLength", type.MinLength);
        Facet(writer, "maxLength", type.MaxLength);
        Facet(writer, "totalDigits", type.TotalDigits);
        Facet(writer, "fractionDigits", type.FractionDigits);
        if (type.MinInclusive is { } minInclusive)
        {
            Facet(writer, "minInclusive", minInclusive.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var pattern in type.Patterns)
        {
            Facet(writer, "pattern", pattern);
        }
        foreach (var value in type.Enumeration)
        {
            Facet(writer, "enumeration", value);
        }
        writer.WriteEndElement();
    }

    private static void Facet(XmlWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            Facet(writer, name, v.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Facet(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("xs", name, Xs);
        writer.WriteAttributeString("value", value);
        writer.WriteEndElement();
    }

    private static void CollectNamedTypes(ElementDefinition element, SortedDictionary<string, SimpleTypeDefinition> named)
    {
        if (element.SimpleType is { Name: { } name } type)
        {
            named.TryAdd(name, type);
        }
        foreach (var child in element.Children)
        {
            CollectNamedTypes(child, named);
        }
    }

    private static string BuiltIn(SiviBaseType type) => type switch
    {
        SiviBaseType.String => "string",
        SiviBaseType.Integer => "nonNegativeInteger",
        SiviBaseType.Decimal => "decimal",
        SiviBaseType.Date => "date",
        SiviBaseType.Time => "time",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}

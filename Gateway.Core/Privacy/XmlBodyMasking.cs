using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Gateway.Core.Privacy;

/// <summary>
/// A SIVI message as people may read it (the admin UI's message pages, the go-live preview): the XML indented, and
/// masked for those who may not see personal data — the whole value of elements that carry a BSN or IBAN (<c>SofiNr</c>, <c>Iban</c>, …), of names, a person's addresses, birth dates and
/// contact details (<see cref="PersonalElements"/>) unless the configuration lets auditors see that category, and,
/// in every other text and attribute, any BSN (elfproef), IBAN or medical term <see cref="PersonalDataScrubber"/> finds.
/// The reference number (Berrefnr) is left alone: it is how a message is found. A body that is not well-formed XML is
/// shown as text, masked the same way.
/// </summary>
public static class XmlBodyMasking
{
    public const string Masked = "[afgeschermd]";

    /// <summary>The body pretty-printed, masked when <paramref name="masked"/> except for the categories in <paramref name="visible"/>.</summary>
    public static string Format(ReadOnlySpan<byte> body, bool masked, IReadOnlySet<PersonalDataCategory>? visible = null)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body.ToArray()), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreWhitespace = true,
            });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            var text = Encoding.UTF8.GetString(body);
            return masked ? PersonalDataScrubber.Scrub(text) ?? "" : text;
        }
        if (masked)
        {
            Mask(document, visible ?? new HashSet<PersonalDataCategory>());
        }
        return Write(document);
    }

    private static void Mask(XDocument document, IReadOnlySet<PersonalDataCategory> visible)
    {
        foreach (var element in document.Descendants())
        {
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                attribute.Value = PersonalDataScrubber.Scrub(attribute.Value) ?? "";
            }
            if (element.HasElements || element.IsEmpty)
            {
                continue;
            }
            var name = element.Name.LocalName;
            if (PersonalElements.IsIdentifier(name))
            {
                element.Value = name.Contains("iban", StringComparison.OrdinalIgnoreCase) || name.Contains("rekening", StringComparison.OrdinalIgnoreCase)
                    ? PersonalDataScrubber.IbanMask
                    : PersonalDataScrubber.BsnMask;
            }
            else if (PersonalElements.CategoryOf(name, element.Ancestors().Any(a => PersonalElements.IsPerson(a.Name.LocalName))) is { } category
                && !visible.Contains(category))
            {
                element.Value = Masked;
            }
            else if (!name.Contains("berref", StringComparison.OrdinalIgnoreCase))
            {
                element.Value = PersonalDataScrubber.Scrub(element.Value) ?? "";
            }
        }
    }

    private static string Write(XDocument document)
    {
        using var output = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            OmitXmlDeclaration = document.Declaration is null,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using (var writer = XmlWriter.Create(output, settings))
        {
            document.Save(writer);
        }
        return Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }
}

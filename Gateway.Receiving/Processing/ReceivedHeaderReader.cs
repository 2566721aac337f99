using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml;

namespace Gateway.Receiving.Processing;

/// <summary>
/// Reads the root element and the BrAlg header of a received file without trusting the rest: any namespace, stops at
/// the end of BrAlg or at the first XML error, DTDs refused, bounded in size. Used to answer files that are refused
/// before (or instead of) being read into the typed model.
/// </summary>
public static partial class ReceivedHeaderReader
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "Berrefnr", "IdInzndr", "IdOntvngr", "TestJN", "OntvngstbevJN",
    };

    /// <summary>The header as far as it can be read from the first bytes of the file.</summary>
    public static ReceivedHeader Read(ReadOnlyMemory<byte> content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            MaxCharactersInDocument = 0,
            MaxCharactersFromEntities = 1024,
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? root = null, release = null;
        try
        {
            using var stream = MemoryMarshal.TryGetArray(content, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(content.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return ReceivedHeader.Empty;
            }
            root = reader.LocalName;
            release = ReleaseOf(reader.NamespaceURI);
            ReadHeaderFields(reader, values);
        }
        catch (XmlException)
        {
            // keep what was read before the error
        }
        return new ReceivedHeader(root, release, Get(values, "Berrefnr"), Get(values, "IdInzndr"), Get(values, "IdOntvngr"),
            Get(values, "TestJN"), Get(values, "OntvngstbevJN"));
    }

    /// <summary>The year of a SIVI Verzuimmanagement namespace, or null for any other namespace.</summary>
    public static string? ReleaseOf(string namespaceUri)
    {
        var match = SiviNamespace().Match(namespaceUri);
        return match.Success ? match.Groups["year"].Value : null;
    }

    private static void ReadHeaderFields(XmlReader reader, Dictionary<string, string> values)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }
        reader.Read();
        while (reader.NodeType != XmlNodeType.Element && reader.NodeType != XmlNodeType.EndElement && reader.Read())
        {
        }
        if (reader.NodeType != XmlNodeType.Element || !string.Equals(reader.LocalName, "BrAlg", StringComparison.Ordinal) || reader.IsEmptyElement)
        {
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && Fields.Contains(reader.LocalName))
            {
                var name = reader.LocalName;
                var text = reader.ReadElementContentAsString();
                values.TryAdd(name, text.Trim());
                continue;
            }
            reader.Read();
        }
    }

    private static string? Get(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    [GeneratedRegex(@"^http://www\.sivi\.org/Verzuimmanagement/[A-Za-z0-9]+/(?<year>[0-9]{4})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SiviNamespace();
}

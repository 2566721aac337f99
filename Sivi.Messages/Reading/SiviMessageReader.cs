using System.Xml;
using Sivi.Messages.Model;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Reading;

/// <summary>
/// Reads a SIVI document into the typed model, streaming with a hardened XmlReader. The type and release come
/// from the root element and namespace. Elements the release does not define are refused (never dropped), so
/// a document read and written again loses nothing. Order and cardinality are the validator's business.
/// </summary>
/// <param name="definitions">The described message types and releases.</param>
/// <param name="readInstalledAsNearest">
/// Whether a document in a SIVI namespace of a release the descriptions do not have (one an operator installed the
/// schemas of, e.g. 2021) is read as the message stands in the nearest described release
/// (<see cref="SiviDefinitions.NearestRelease"/>; the message's <see cref="SiviMessage.Release"/> is that release). An
/// element that release does not define is refused as always. Without it such a document is refused.
/// </param>
public sealed class SiviMessageReader(SiviDefinitions definitions, bool readInstalledAsNearest = false)
{
    public static SiviMessageReader Default { get; } = new(SiviDefinitions.Embedded);

    /// <summary>Reads described releases, and a release an operator installed as its nearest described one (receiving, after the installed schema validated it).</summary>
    public static SiviMessageReader InstalledAsNearest { get; } = new(SiviDefinitions.Embedded, readInstalledAsNearest: true);

    public async Task<SiviMessage> ReadAsync(Stream input, CancellationToken cancellationToken = default)
    {
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(input, settings);
        var position = (IXmlLineInfo)reader;
        try
        {
            await reader.MoveToContentAsync().ConfigureAwait(false);
            if (reader.NodeType != XmlNodeType.Element)
            {
                throw new SiviReadException("no root element", position.LineNumber, position.LinePosition, null);
            }
            var ns = reader.NamespaceURI;
            var schema = (readInstalledAsNearest
                    ? definitions.FindByRootOrNearest(reader.LocalName, ns)
                    : definitions.FindByRoot(reader.LocalName, ns))
                ?? throw new SiviReadException(
                    $"root element '{reader.LocalName}' in namespace '{reader.NamespaceURI}' is not a known SIVI message type and release",
                    position.LineNumber, position.LinePosition, null);
            var message = SiviModel.CreateRoot(schema.Name);
            message.Release = schema.Release;
            await ReadChildrenAsync(reader, message, schema.Root, ns, cancellationToken).ConfigureAwait(false);
            return message;
        }
        catch (XmlException e)
        {
            throw new SiviReadException(e.Message, e.LineNumber, e.LinePosition, null, e);
        }
    }

    private static async Task ReadChildrenAsync(XmlReader reader, SiviElement element, ElementDefinition definition,
        string ns, CancellationToken cancellationToken)
    {
        var position = (IXmlLineInfo)reader;
        if (reader.IsEmptyElement)
        {
            await reader.ReadAsync().ConfigureAwait(false);
            return;
        }
        await reader.ReadAsync().ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement:
                    await reader.ReadAsync().ConfigureAwait(false);
                    return;
                case XmlNodeType.Element:
                    var child = definition.FindChild(reader.LocalName);
                    if (child is null || !string.Equals(reader.NamespaceURI, ns, StringComparison.Ordinal))
                    {
                        throw new SiviReadException(
                            $"element '{reader.LocalName}' (namespace '{reader.NamespaceURI}') is not part of this message type and release",
                            position.LineNumber, position.LinePosition, definition.Path);
                    }
                    if (child.IsLeaf)
                    {
                        var line = position.LineNumber;
                        var column = position.LinePosition;
                        var text = await reader.ReadElementContentAsStringAsync().ConfigureAwait(false);
                        try
                        {
                            element.SetLeaf(child.Name, text);
                        }
                        catch (FormatException e)
                        {
                            throw new SiviReadException(e.Message, line, column, child.Path, e);
                        }
                    }
                    else
                    {
                        SiviElement instance;
                        try
                        {
                            instance = element.AddChild(child.Name);
                        }
                        catch (InvalidOperationException e)
                        {
                            throw new SiviReadException(e.Message, position.LineNumber, position.LinePosition, child.Path, e);
                        }
                        await ReadChildrenAsync(reader, instance, child, ns, cancellationToken).ConfigureAwait(false);
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    throw new SiviReadException("text is not allowed here", position.LineNumber, position.LinePosition, definition.Path);
                default:
                    await reader.ReadAsync().ConfigureAwait(false);
                    break;
            }
        }
    }
}

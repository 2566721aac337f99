using System.Text;
using System.Xml;
using Sivi.Messages.Values;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Writing;

/// <summary>
/// Writes the typed model as a SIVI document of one release, in the release's element order. A value the release
/// has no element for is an error (never silently dropped); required elements and facets are checked by the
/// validation gate, not here.
/// </summary>
public sealed class SiviMessageWriter(SiviDefinitions definitions)
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    public static SiviMessageWriter Default { get; } = new(SiviDefinitions.Embedded);

    /// <summary>Writes <paramref name="message"/> for <paramref name="release"/> (default: the message's own Release).</summary>
    public async Task WriteAsync(Stream output, SiviMessage message, string? release = null, CancellationToken cancellationToken = default)
    {
        var schema = SchemaFor(message, release);
        await using var writer = XmlWriter.Create(output, Settings);
        await writer.WriteStartDocumentAsync().ConfigureAwait(false);
        await WriteElementAsync(writer, message, schema.Root, schema, new List<string>(), cancellationToken).ConfigureAwait(false);
        await writer.WriteEndDocumentAsync().ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>The document as bytes (UTF-8, no BOM).</summary>
    public async Task<byte[]> ToBytesAsync(SiviMessage message, string? release = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, message, release, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    public MessageSchema SchemaFor(SiviMessage message, string? release)
    {
        var chosen = release ?? message.Release
            ?? throw new SiviWriteException($"{message.MessageName}: no release chosen");
        return definitions.Exists(message.MessageName, chosen)
            ? definitions.Get(message.MessageName, chosen)
            : throw new SiviWriteException($"{message.MessageName} does not exist in release {chosen}");
    }

    private static async Task WriteElementAsync(XmlWriter writer, SiviElement element, ElementDefinition definition,
        MessageSchema schema, List<string> scratch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        scratch.Clear();
        element.CollectPresent(scratch);
        foreach (var name in scratch)
        {
            if (definition.FindChild(name) is null)
            {
                throw new SiviWriteException($"{definition.Path}/{name} holds a value but is not part of {schema.Name} {schema.Release}");
            }
        }
        await writer.WriteStartElementAsync(null, definition.Name, schema.Namespace).ConfigureAwait(false);
        foreach (var child in definition.Children)
        {
            if (child.SimpleType is { } type)
            {
                if (element.GetLeaf(child.Name) is { } value)
                {
                    await writer.WriteStartElementAsync(null, child.Name, schema.Namespace).ConfigureAwait(false);
                    await writer.WriteStringAsync(LeafValues.Format(value, type)).ConfigureAwait(false);
                    await writer.WriteEndElementAsync().ConfigureAwait(false);
                }
                continue;
            }
            foreach (var instance in element.GetChildren(child.Name))
            {
                await WriteElementAsync(writer, instance, child, schema, scratch, cancellationToken).ConfigureAwait(false);
            }
        }
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }
}

using System.Text;
using System.Xml;
using Sivi.Messages.Values;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Writing;

/// <summary>
/// Writes the typed model as a SIVI document of one release, in the release's element order. A value the release
/// has no element for is an error (never silently dropped); required elements and facets are checked by the
/// validation gate, not here. A message is small and built in memory: it is written synchronously into a buffer (no
/// per-element async overhead) and only the buffer goes to the output stream asynchronously.
/// </summary>
public sealed class SiviMessageWriter(SiviDefinitions definitions)
{
    private static readonly XmlWriterSettings Settings = new()
    {
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
        using var buffer = new MemoryStream();
        Write(buffer, message, release, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document as bytes (UTF-8, no BOM).</summary>
    public Task<byte[]> ToBytesAsync(SiviMessage message, string? release = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(ToBytes(message, release, cancellationToken));

    /// <summary>The document as bytes (UTF-8, no BOM), written synchronously.</summary>
    public byte[] ToBytes(SiviMessage message, string? release = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        Write(buffer, message, release, cancellationToken);
        return buffer.ToArray();
    }

    private void Write(Stream output, SiviMessage message, string? release, CancellationToken cancellationToken)
    {
        var schema = SchemaFor(message, release);
        using var writer = XmlWriter.Create(output, Settings);
        writer.WriteStartDocument();
        WriteElement(writer, message, schema.Root, schema, [], cancellationToken);
        writer.WriteEndDocument();
        writer.Flush();
    }

    public MessageSchema SchemaFor(SiviMessage message, string? release)
    {
        var chosen = release ?? message.Release
            ?? throw new SiviWriteException($"{message.MessageName}: no release chosen");
        return definitions.Exists(message.MessageName, chosen)
            ? definitions.Get(message.MessageName, chosen)
            : throw new SiviWriteException($"{message.MessageName} does not exist in release {chosen}");
    }

    private static void WriteElement(XmlWriter writer, SiviElement element, ElementDefinition definition,
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
        writer.WriteStartElement(null, definition.Name, schema.Namespace);
        foreach (var child in definition.Children)
        {
            if (child.SimpleType is { } type)
            {
                if (element.GetLeaf(child.Name) is { } value)
                {
                    writer.WriteStartElement(null, child.Name, schema.Namespace);
                    writer.WriteString(LeafValues.Format(value, type));
                    writer.WriteEndElement();
                }
                continue;
            }
            foreach (var instance in element.GetChildren(child.Name))
            {
                WriteElement(writer, instance, child, schema, scratch, cancellationToken);
            }
        }
        writer.WriteEndElement();
    }
}

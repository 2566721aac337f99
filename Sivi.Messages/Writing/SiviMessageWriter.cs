using System.Buffers;
using Sivi.Messages.Values;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Validation;

namespace Sivi.Messages.Writing;

/// <summary>
/// Writes the typed model as a SIVI document of one release, in the release's element order. A value the release
/// has no element for is an error (never silently dropped); required elements and facets are checked by the
/// validation gate, not here. A message is small and built in memory: it is written synchronously as UTF-8 into a
/// buffer (<see cref="IndentedXmlOutput"/>, the bytes XmlWriter would write with indentation) and only the buffer
/// goes to an output stream asynchronously.
/// </summary>
public sealed class SiviMessageWriter(SiviDefinitions definitions)
{
    public static SiviMessageWriter Default { get; } = new(SiviDefinitions.Embedded);

    /// <summary>Writes <paramref name="message"/> for <paramref name="release"/> (default: the message's own Release).</summary>
    public async Task WriteAsync(Stream output, SiviMessage message, string? release = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new PooledBufferWriter();
        Write(buffer, message, release, cancellationToken);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document as bytes (UTF-8, no BOM).</summary>
    public Task<byte[]> ToBytesAsync(SiviMessage message, string? release = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(ToBytes(message, release, cancellationToken));

    /// <summary>The document as bytes (UTF-8, no BOM), written synchronously.</summary>
    public byte[] ToBytes(SiviMessage message, string? release = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new PooledBufferWriter();
        Write(buffer, message, release, cancellationToken);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends the document (UTF-8, no BOM) to <paramref name="output"/>, synchronously.</summary>
    /// <exception cref="SiviWriteException">The release has no such message or no element for a value it holds; part of the document may have been written.</exception>
    public void Write(IBufferWriter<byte> output, SiviMessage message, string? release = null, CancellationToken cancellationToken = default) =>
        Write(output, message, release, null, cancellationToken);

    /// <summary>
    /// Appends the document to <paramref name="output"/> and tells <paramref name="listener"/> each element and text as
    /// it is written (for instance a <see cref="WrittenDocumentValidation"/>, which validates it on the way).
    /// </summary>
    /// <exception cref="SiviWriteException">The release has no such message or no element for a value it holds; part of the document may have been written.</exception>
    public void Write(IBufferWriter<byte> output, SiviMessage message, string? release, IDocumentWriteListener? listener, CancellationToken cancellationToken)
    {
        var schema = SchemaFor(message, release);
        var xml = new IndentedXmlOutput(output, listener);
        xml.Declaration();
        WriteElement(xml, message, schema.Root, schema, 0, [], cancellationToken);
    }

    public MessageSchema SchemaFor(SiviMessage message, string? release)
    {
        var chosen = release ?? message.Release
            ?? throw new SiviWriteException($"{message.MessageName}: no release chosen");
        return definitions.Exists(message.MessageName, chosen)
            ? definitions.Get(message.MessageName, chosen)
            : throw new SiviWriteException($"{message.MessageName} does not exist in release {chosen}");
    }

    private static void WriteElement(IndentedXmlOutput xml, SiviElement element, ElementDefinition definition,
        MessageSchema schema, int depth, List<string> scratch, CancellationToken cancellationToken)
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
        if (depth == 0)
        {
            xml.StartRoot(definition.Name, schema.Namespace);
        }
        else
        {
            xml.StartElement(definition.Name, depth);
        }
        var children = definition.Children;
        for (var c = 0; c < children.Count; c++)
        {
            var child = children[c];
            if (child.SimpleType is { } type)
            {
                if (element.GetLeaf(child.Name) is { } value)
                {
                    xml.Leaf(child.Name, LeafValues.Format(value, type), depth + 1);
                }
                continue;
            }
            var instances = element.GetChildren(child.Name);
            for (var i = 0; i < instances.Count; i++)
            {
                WriteElement(xml, instances[i], child, schema, depth + 1, scratch, cancellationToken);
            }
        }
        xml.EndElement(definition.Name, depth);
    }
}

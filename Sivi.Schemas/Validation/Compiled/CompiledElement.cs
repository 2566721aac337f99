namespace Sivi.Schemas.Validation.Compiled;

/// <summary>
/// One element declaration of a <see cref="CompiledSchema"/>: its name, and either the value check of its simple type
/// or its children, a sequence of distinct element names each with its occurrence bounds.
/// </summary>
internal sealed class CompiledElement(string localName, string namespaceUri)
{
    public string LocalName { get; } = localName;

    /// <summary><see cref="LocalName"/> in UTF-8, for the quick pass over a document's bytes.</summary>
    public byte[] Utf8LocalName { get; } = System.Text.Encoding.UTF8.GetBytes(localName);

    public string NamespaceUri { get; } = namespaceUri;

    /// <summary>The value check of a simple-typed element; null for an element with element-only (or empty) content.</summary>
    public CompiledValue? Value { get; set; }

    /// <summary>The child elements in sequence order (empty for a simple-typed element or empty content).</summary>
    public CompiledParticle[] Children { get; set; } = [];

    public bool Is(string localName, string namespaceUri) =>
        string.Equals(LocalName, localName, StringComparison.Ordinal) && string.Equals(NamespaceUri, namespaceUri, StringComparison.Ordinal);
}

/// <summary>A child element of a sequence with its bounds (<see cref="int.MaxValue"/> for unbounded).</summary>
internal readonly record struct CompiledParticle(CompiledElement Element, int MinOccurs, int MaxOccurs);

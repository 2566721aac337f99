namespace Sivi.Messages;

/// <summary>
/// Base of every element class of the typed model (generated into Model/ from the descriptions). The generated
/// members give the reader and writer access by element name, so that one release-aware engine serves all types.
/// </summary>
public abstract class SiviElement
{
    /// <summary>The element's local name.</summary>
    public abstract string ElementName { get; }

    /// <summary>The value of a leaf child (string, decimal, SiviDate or SiviTime), or null when absent.</summary>
    internal abstract object? GetLeaf(string name);

    /// <summary>Sets a leaf child from its XML literal.</summary>
    internal abstract void SetLeaf(string name, string text);

    /// <summary>The instances of a complex child, in order.</summary>
    internal abstract IReadOnlyList<SiviElement> GetChildren(string name);

    /// <summary>Creates, attaches and returns a new instance of a complex child.</summary>
    internal abstract SiviElement AddChild(string name);

    /// <summary>Adds the names of all children that hold a value.</summary>
    internal abstract void CollectPresent(List<string> names);

    private protected static IReadOnlyList<SiviElement> Single(SiviElement? element) =>
        element is null ? [] : [element];

    private protected InvalidOperationException UnknownChild(string name) =>
        new($"{ElementName} has no child element '{name}'");

    private protected InvalidOperationException RepeatedChild(string name) =>
        new($"{ElementName} allows one '{name}' only");
}

using System.Xml.Linq;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// One element declaration of a compiled schema as the generator sees it: name, occurrence bounds, and either a
/// simple value rule or an ordered sequence of child elements.
/// </summary>
public sealed class ElementModel
{
    internal ElementModel(XName name, string path, int minOccurs, int? maxOccurs, ValueRule? value, IReadOnlyList<ElementModel> children)
    {
        Name = name;
        Path = path;
        MinOccurs = minOccurs;
        MaxOccurs = maxOccurs;
        Value = value;
        Children = children;
    }

    /// <summary>The qualified element name.</summary>
    public XName Name { get; }

    /// <summary>Local names from the root down, separated by '/', e.g. <c>Retourmelding1/BrAlg/BrCd</c>.</summary>
    public string Path { get; }

    public int MinOccurs { get; }

    /// <summary>The declared maxOccurs; <see langword="null"/> when unbounded.</summary>
    public int? MaxOccurs { get; }

    /// <summary>The value rule of a simple-typed element; <see langword="null"/> for an element with child elements.</summary>
    public ValueRule? Value { get; }

    /// <summary>Child element declarations in sequence order (empty for simple elements).</summary>
    public IReadOnlyList<ElementModel> Children { get; }

    public bool IsOptional => MinOccurs == 0;

    public bool IsRepeatable => MaxOccurs is null or > 1;

    /// <summary>This element and every element declared below it, depth first in document order.</summary>
    public IEnumerable<ElementModel> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var descendant in child.DescendantsAndSelf())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>The declaration at <paramref name="path"/> below (or equal to) this one, or null.</summary>
    public ElementModel? Find(string path) =>
        DescendantsAndSelf().FirstOrDefault(e => string.Equals(e.Path, path, StringComparison.Ordinal));

    /// <summary>The declaration whose <see cref="Children"/> contain the element at <paramref name="path"/>, or null.</summary>
    public ElementModel? ParentOf(string path) =>
        DescendantsAndSelf().FirstOrDefault(e => e.Children.Any(c => string.Equals(c.Path, path, StringComparison.Ordinal)));

    /// <summary>True when this element is <paramref name="path"/> itself or one of its ancestors.</summary>
    public bool IsOnPathTo(string path) =>
        string.Equals(Path, path, StringComparison.Ordinal)
        || path.StartsWith(Path + "/", StringComparison.Ordinal);

    public override string ToString() => Path;
}

namespace Sivi.Schemas.Definitions;

/// <summary>One element of a message in one release: either a leaf with a simple type, or a sequence of children.</summary>
public sealed class ElementDefinition
{
    private readonly Dictionary<string, ElementDefinition> _byName;

    public ElementDefinition(string name, string path, int minOccurs, int? maxOccurs,
        SimpleTypeDefinition? simpleType, IReadOnlyList<ElementDefinition> children)
    {
        Name = name;
        Path = path;
        MinOccurs = minOccurs;
        MaxOccurs = maxOccurs;
        SimpleType = simpleType;
        Children = children;
        _byName = new Dictionary<string, ElementDefinition>(children.Count, StringComparer.Ordinal);
        for (var i = 0; i < children.Count; i++)
        {
            if (!_byName.TryAdd(children[i].Name, children[i]))
            {
                throw new InvalidOperationException($"{path}: element '{children[i].Name}' occurs twice in one sequence");
            }
        }
    }

    public string Name { get; }

    /// <summary>Slash separated path from the root, e.g. /Verzuimmeldingen/Wrkgvr/Wrknmr.</summary>
    public string Path { get; }

    public int MinOccurs { get; }

    /// <summary>Null means unbounded.</summary>
    public int? MaxOccurs { get; }

    public SimpleTypeDefinition? SimpleType { get; }

    public IReadOnlyList<ElementDefinition> Children { get; }

    public bool IsLeaf => SimpleType is not null;

    public bool IsRepeated => MaxOccurs is null or > 1;

    public ElementDefinition? FindChild(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Position of a child in the sequence, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Children.Count; i++)
        {
            if (string.Equals(Children[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    public override string ToString() => Path;
}

using Sivi.Schemas.Definitions;

namespace Sivi.Codegen;

/// <summary>One class of the typed model: the union of an element's children over every message and release.</summary>
internal sealed class ModelClass(string name)
{
    public string Name { get; } = name;

    public string? MessageName { get; set; }

    public List<ModelMember> Members { get; } = [];

    public SortedSet<string> Occurrences { get; } = new(StringComparer.Ordinal);

    public ModelMember Member(string name) => Members.Find(m => m.ElementName == name)
        ?? throw new InvalidOperationException($"{Name} has no member {name}");
}

/// <summary>A child element as a property: leaf of a base type, or one/many instances of another class.</summary>
internal sealed class ModelMember(string elementName, SiviBaseType? leafType)
{
    public string ElementName { get; } = elementName;

    public SiviBaseType? LeafType { get; } = leafType;

    public bool IsLeaf => LeafType is not null;

    public bool Repeated { get; set; }

    public SortedSet<string> Releases { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Messages { get; } = new(StringComparer.Ordinal);
}

/// <summary>Builds the model classes from every message in every release of the descriptions.</summary>
internal static class ModelShape
{
    public static IReadOnlyList<ModelClass> Build(SiviDefinitions definitions)
    {
        var classes = new Dictionary<string, ModelClass>(StringComparer.Ordinal);
        var order = new List<ModelClass>();
        foreach (var schema in definitions.All())
        {
            Visit(schema, schema.Root, classes, order);
            classes[schema.Root.Name].MessageName = schema.Name;
        }
        return order;
    }

    private static void Visit(MessageSchema schema, ElementDefinition element, Dictionary<string, ModelClass> classes, List<ModelClass> order)
    {
        if (!classes.TryGetValue(element.Name, out var model))
        {
            model = new ModelClass(element.Name);
            classes.Add(element.Name, model);
            order.Add(model);
        }
        model.Occurrences.Add(element.Path);
        var previous = -1;
        foreach (var child in element.Children)
        {
            var index = model.Members.FindIndex(m => m.ElementName == child.Name);
            if (index < 0)
            {
                index = previous + 1;
                model.Members.Insert(index, new ModelMember(child.Name, child.SimpleType?.Base));
            }
            var member = model.Members[index];
            if (member.LeafType != child.SimpleType?.Base)
            {
                throw new InvalidOperationException($"{child.Path}: {child.Name} changes kind between contexts; the model needs one shape per name");
            }
            member.Repeated |= child.IsRepeated;
            member.Releases.Add(schema.Release);
            member.Messages.Add(schema.Name);
            previous = index;
            if (!child.IsLeaf)
            {
                Visit(schema, child, classes, order);
            }
        }
    }
}

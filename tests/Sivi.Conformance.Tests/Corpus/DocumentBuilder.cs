using System.Xml.Linq;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// Builds one document from an <see cref="ElementModel"/> tree: element counts from an <see cref="OccurrencePlan"/>,
/// values from <see cref="ValueFactory"/>. Each occurrence of an element path gets the next enumeration ordinal, so
/// repeated and successive occurrences walk through a code list.
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly OccurrencePlan _plan;
    private readonly LengthGoal _goal;
    private readonly int _enumerationOffset;
    private readonly Random _random;
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

    public DocumentBuilder(OccurrencePlan plan, LengthGoal goal, int enumerationOffset, Random random)
    {
        _plan = plan;
        _goal = goal;
        _enumerationOffset = enumerationOffset;
        _random = random;
    }

    public XDocument Build(ElementModel root) => new(Element(root));

    private XElement Element(ElementModel model)
    {
        var element = new XElement(model.Name);
        if (model.Value is { } rule)
        {
            element.Value = ValueFactory.Valid(rule, _goal, _enumerationOffset + NextOrdinal(model.Path), _random);
            return element;
        }
        foreach (var child in model.Children)
        {
            var count = _plan(child);
            for (var i = 0; i < count; i++)
            {
                element.Add(Element(child));
            }
        }
        return element;
    }

    private int NextOrdinal(string path)
    {
        _ordinals.TryGetValue(path, out var ordinal);
        _ordinals[path] = ordinal + 1;
        return ordinal;
    }
}

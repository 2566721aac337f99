using System.Xml.Linq;
using System.Xml.Schema;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// Reads the compiled Schema Object Model (global elements, their complex types' content particles and simple types'
/// facets) into <see cref="ElementModel"/> trees. Supports what the SIVI schemas use: nested anonymous or named complex
/// types with sequences of elements, and atomic simple types; anything else is rejected with
/// <see cref="NotSupportedException"/> naming the element.
/// </summary>
public static class SchemaModel
{
    /// <summary>One model per global element of <paramref name="schemas"/>, ordered by namespace and name.</summary>
    /// <remarks>Compiles the set first when it is not compiled yet.</remarks>
    public static IReadOnlyList<ElementModel> Roots(XmlSchemaSet schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        if (!schemas.IsCompiled)
        {
            schemas.Compile();
        }
        return schemas.GlobalElements.Values.Cast<XmlSchemaElement>()
            .OrderBy(e => e.QualifiedName.Namespace, StringComparer.Ordinal)
            .ThenBy(e => e.QualifiedName.Name, StringComparer.Ordinal)
            .Select(e => Build(e, parentPath: null, minOccurs: 1, maxOccurs: 1))
            .ToList();
    }

    /// <summary>The model of the only global element of <paramref name="schemas"/> (a SIVI message schema has one).</summary>
    public static ElementModel Root(XmlSchemaSet schemas)
    {
        var roots = Roots(schemas);
        return roots.Count == 1
            ? roots[0]
            : throw new ArgumentException($"expected exactly one global element, found {roots.Count}", nameof(schemas));
    }

    private static ElementModel Build(XmlSchemaElement element, string? parentPath, int minOccurs, int? maxOccurs)
    {
        var qualified = element.QualifiedName;
        var path = parentPath is null ? qualified.Name : parentPath + "/" + qualified.Name;
        var name = XName.Get(qualified.Name, qualified.Namespace);
        switch (element.ElementSchemaType)
        {
            case XmlSchemaSimpleType simple:
                return new ElementModel(name, path, minOccurs, maxOccurs, ValueRuleReader.Read(simple, path), []);
            case XmlSchemaComplexType complex:
                return new ElementModel(name, path, minOccurs, maxOccurs, value: null, Children(complex, path));
            default:
                throw new NotSupportedException($"{path}: element has no usable type");
        }
    }

    private static List<ElementModel> Children(XmlSchemaComplexType type, string path)
    {
        if (type.AttributeUses.Count > 0 || type.AttributeWildcard is not null)
        {
            throw new NotSupportedException($"{path}: attributes are not supported");
        }
        if (type.IsMixed)
        {
            throw new NotSupportedException($"{path}: mixed content is not supported");
        }
        switch (type.ContentType)
        {
            case XmlSchemaContentType.Empty:
                return [];
            case XmlSchemaContentType.ElementOnly:
                var children = new List<ElementModel>();
                AddParticle(type.ContentTypeParticle, path, children);
                var duplicate = children.GroupBy(c => c.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                return duplicate is null
                    ? children
                    : throw new NotSupportedException($"{duplicate.Key}: the same element name twice in one sequence is not supported");
            default:
                throw new NotSupportedException($"{path}: content type {type.ContentType} is not supported");
        }
    }

    private static void AddParticle(XmlSchemaParticle particle, string path, List<ElementModel> children)
    {
        switch (particle)
        {
            case XmlSchemaElement element:
                children.Add(Build(element, path, Occurs(element.MinOccurs), Bound(element.MaxOccurs)));
                break;
            case XmlSchemaSequence sequence when sequence.MinOccurs == 1 && sequence.MaxOccurs == 1:
                foreach (var item in sequence.Items)
                {
                    AddParticle((XmlSchemaParticle)item, path, children);
                }
                break;
            default:
                throw new NotSupportedException($"{path}: only sequences of elements are supported, found {particle.GetType().Name}");
        }
    }

    private static int Occurs(decimal value) => checked((int)value);

    private static int? Bound(decimal value) => value == decimal.MaxValue ? null : checked((int)value);
}

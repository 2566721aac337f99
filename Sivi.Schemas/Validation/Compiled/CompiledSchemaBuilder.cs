using System.Xml.Schema;

namespace Sivi.Schemas.Validation.Compiled;

/// <summary>
/// Reads a compiled schema object model into <see cref="CompiledElement"/>s; returns null as soon as a declaration
/// uses something the quick pass does not cover. Each declaration object is compiled once (shared references stay
/// shared), and a recursive content model is refused.
/// </summary>
internal sealed class CompiledSchemaBuilder
{
    private readonly Dictionary<XmlSchemaElement, CompiledElement?> _done = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<XmlSchemaElement> _open = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<XmlSchemaSimpleType, CompiledValue?> _values = new(ReferenceEqualityComparer.Instance);

    public CompiledElement? Element(XmlSchemaElement declaration)
    {
        if (_done.TryGetValue(declaration, out var known))
        {
            return known;
        }
        if (!_open.Add(declaration) || !IsPlain(declaration))
        {
            return null;
        }
        var name = declaration.QualifiedName;
        var compiled = new CompiledElement(name.Name, name.Namespace);
        var complete = declaration.ElementSchemaType switch
        {
            XmlSchemaSimpleType simple => (compiled.Value = Value(simple)) is not null,
            XmlSchemaComplexType complex => Content(complex, compiled),
            _ => false,
        };
        _open.Remove(declaration);
        _done[declaration] = complete ? compiled : null;
        return complete ? compiled : null;
    }

    /// <summary>One check per simple type, shared by the elements of that (named) type.</summary>
    private CompiledValue? Value(XmlSchemaSimpleType type)
    {
        if (!_values.TryGetValue(type, out var value))
        {
            _values[type] = value = CompiledValue.For(type);
        }
        return value;
    }

    private static bool IsPlain(XmlSchemaElement declaration) =>
        declaration.FixedValue is null && declaration.DefaultValue is null && !declaration.IsNillable && !declaration.IsAbstract
        && declaration.SubstitutionGroup.IsEmpty && declaration.Constraints.Count == 0;

    private bool Content(XmlSchemaComplexType type, CompiledElement compiled)
    {
        if (type.IsMixed || type.IsAbstract || type.AttributeUses.Count > 0 || type.AttributeWildcard is not null)
        {
            return false;
        }
        switch (type.ContentType)
        {
            case XmlSchemaContentType.Empty:
                return true;
            case XmlSchemaContentType.ElementOnly:
                var children = new List<CompiledParticle>();
                if (!Particle(type.ContentTypeParticle, children))
                {
                    return false;
                }
                var names = new HashSet<(string, string)>();
                if (!children.All(c => names.Add((c.Element.LocalName, c.Element.NamespaceUri))))
                {
                    return false;
                }
                compiled.Children = [.. children];
                return true;
            default:
                return false;
        }
    }

    /// <summary>Flattens a sequence (occurring exactly once) of element particles, nested such sequences included.</summary>
    private bool Particle(XmlSchemaParticle particle, List<CompiledParticle> children)
    {
        switch (particle)
        {
            case XmlSchemaElement element when Bound(element.MinOccurs) is { } min && Bound(element.MaxOccurs) is { } max && min <= max:
                if (Element(element) is not { } child)
                {
                    return false;
                }
                children.Add(new CompiledParticle(child, min, max));
                return true;
            case XmlSchemaSequence sequence when sequence.MinOccurs == 1 && sequence.MaxOccurs == 1:
                foreach (var item in sequence.Items)
                {
                    if (item is not XmlSchemaParticle inner || !Particle(inner, children))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    private static int? Bound(decimal occurs) => occurs switch
    {
        decimal.MaxValue => int.MaxValue,
        >= 0 and < int.MaxValue => (int)occurs,
        _ => null,
    };
}

using System.Runtime.CompilerServices;
using System.Xml.Schema;

namespace Sivi.Schemas.Validation.Compiled;

/// <summary>
/// A message schema reduced to what SIVI's schemas use — elements in sequences with occurrence bounds, simple values
/// with facets — for a quick first pass that can only prove a document valid (see <see cref="ValidityProof"/>).
/// Built once per compiled schema set from its schema object model; a set using anything else (choices, attributes,
/// wildcards, mixed content, fixed or default values, nillable elements, substitution groups, identity constraints)
/// gets none, and its documents always go to the framework's validator.
/// </summary>
internal sealed class CompiledSchema
{
    private static readonly ConditionalWeakTable<XmlSchemaSet, Holder> Cache = [];

    private readonly Dictionary<(string, string), CompiledElement> _roots;

    private CompiledSchema(Dictionary<(string, string), CompiledElement> roots) => _roots = roots;

    /// <summary>The compiled form of <paramref name="schemas"/>, or null when it uses something the quick pass does not cover.</summary>
    public static CompiledSchema? For(XmlSchemaSet schemas) =>
        Cache.GetValue(schemas, static set => new Holder(Build(set))).Schema;

    /// <summary>The global element <paramref name="localName"/> in <paramref name="namespaceUri"/>, or null.</summary>
    public CompiledElement? Root(string localName, string namespaceUri) => _roots.GetValueOrDefault((localName, namespaceUri));

    private static CompiledSchema? Build(XmlSchemaSet schemas)
    {
        if (!schemas.IsCompiled)
        {
            return null;
        }
        var builder = new CompiledSchemaBuilder();
        var roots = new Dictionary<(string, string), CompiledElement>();
        foreach (XmlSchemaElement element in schemas.GlobalElements.Values)
        {
            if (builder.Element(element) is not { } compiled)
            {
                return null;
            }
            roots[(compiled.LocalName, compiled.NamespaceUri)] = compiled;
        }
        return new CompiledSchema(roots);
    }

    private sealed class Holder(CompiledSchema? schema)
    {
        public CompiledSchema? Schema { get; } = schema;
    }
}

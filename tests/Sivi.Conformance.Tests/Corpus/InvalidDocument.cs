using System.Xml.Linq;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>A message made invalid by exactly one mutation.</summary>
/// <param name="Kind">The mutation applied.</param>
/// <param name="Path">The element path the mutation targets.</param>
/// <param name="Description">What was changed, e.g. the value written and the facets it breaks.</param>
/// <param name="Document">The invalid message.</param>
public sealed record InvalidDocument(MutationKind Kind, string Path, string Description, XDocument Document)
{
    /// <summary>Unique within one schema's corpus: <c>Kind:Path</c>.</summary>
    public string Name => $"{Kind}:{Path}";
}

using System.Xml.Linq;
using System.Xml.Schema;

namespace Sivi.Conformance.Tests.Corpus;

/// <summary>
/// Derives invalid messages from valid ones, one <see cref="MutationKind"/> at one element path per document. The valid
/// base for each mutation is the minimal message (shortest values) with the targeted element and its ancestors
/// present, so the mutation is the only thing that can make it invalid, and copies stay small.
/// </summary>
public static class Mutator
{
    /// <summary>Every applicable mutation of every kind, for every global element of <paramref name="schemas"/>.</summary>
    public static IEnumerable<InvalidDocument> All(XmlSchemaSet schemas, int seed, MutationOptions? options = null) =>
        SchemaModel.Roots(schemas).SelectMany(root => Enum.GetValues<MutationKind>().SelectMany(kind => Apply(root, kind, seed, options)));

    /// <summary>One invalid document per element that <paramref name="kind"/> applies to.</summary>
    public static IEnumerable<InvalidDocument> Apply(XmlSchemaSet schemas, MutationKind kind, int seed, MutationOptions? options = null) =>
        SchemaModel.Roots(schemas).SelectMany(root => Apply(root, kind, seed, options));

    /// <summary>One invalid document per element of <paramref name="root"/> that <paramref name="kind"/> applies to.</summary>
    public static IEnumerable<InvalidDocument> Apply(ElementModel root, MutationKind kind, int seed, MutationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        options ??= MutationOptions.Default;
        foreach (var target in Targets(root, kind, options))
        {
            var random = new Random(StableSeed.Of(seed, root.Path, kind.ToString(), target.Path));
            var valid = CorpusGenerator.Focused(root, MutationTargets.RequiredPaths(root, target, kind), random);
            if (Apply(valid, target, kind, seed, options) is { } invalid)
            {
                yield return invalid;
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="kind"/> to a copy of <paramref name="valid"/> at the first occurrence of
    /// <paramref name="target"/>; null when the document offers nothing to mutate that way (e.g. the element is absent).
    /// </summary>
    public static InvalidDocument? Apply(XDocument valid, ElementModel target, MutationKind kind, int seed, MutationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentNullException.ThrowIfNull(target);
        var document = new XDocument(valid);
        var random = new Random(StableSeed.Of(seed, kind.ToString(), target.Path, "value"));
        var description = DocumentMutations.Apply(document, target, kind, random, options ?? MutationOptions.Default);
        return description is null ? null : new InvalidDocument(kind, target.Path, description, document);
    }

    /// <summary>The elements of <paramref name="root"/> that <paramref name="kind"/> applies to, in document order.</summary>
    public static IEnumerable<ElementModel> Targets(ElementModel root, MutationKind kind, MutationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        options ??= MutationOptions.Default;
        return root.DescendantsAndSelf().Where(e => MutationTargets.Applies(root, e, kind, options)).ToList();
    }
}

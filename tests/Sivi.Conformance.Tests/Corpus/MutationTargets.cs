namespace Sivi.Conformance.Tests.Corpus;

/// <summary>Which declared elements a mutation kind can be applied to.</summary>
internal static class MutationTargets
{
    public static bool Applies(ElementModel root, ElementModel element, MutationKind kind, MutationOptions options)
    {
        var isRoot = ReferenceEquals(root, element);
        return kind switch
        {
            MutationKind.MissingRequired => !isRoot && element.MinOccurs >= 1,
            MutationKind.TooManyOccurrences => !isRoot && element.MaxOccurs is not null,
            MutationKind.WrongOrder => !isRoot && root.ParentOf(element.Path)!.Children.Count > 1,
            MutationKind.UnknownElement => element.Value is null,
            MutationKind.WrongNamespace => isRoot && options.ForeignNamespace is { } foreign
                && !string.Equals(foreign, root.Name.NamespaceName, StringComparison.Ordinal),
            _ => element.Value is { } rule && InvalidValueFactory.Target(kind, rule) is not null,
        };
    }

    /// <summary>
    /// The elements a valid base document must contain for the mutation: the target and, for
    /// <see cref="MutationKind.WrongOrder"/>, the sibling it is swapped with (the next one, or the previous for the last).
    /// </summary>
    public static IReadOnlyCollection<string> RequiredPaths(ElementModel root, ElementModel element, MutationKind kind)
    {
        if (kind != MutationKind.WrongOrder)
        {
            return [element.Path];
        }
        var siblings = root.ParentOf(element.Path)!.Children;
        var index = siblings.ToList().FindIndex(c => ReferenceEquals(c, element));
        var partner = index + 1 < siblings.Count ? siblings[index + 1] : siblings[index - 1];
        return [element.Path, partner.Path];
    }
}

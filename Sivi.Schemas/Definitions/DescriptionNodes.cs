namespace Sivi.Schemas.Definitions;

/// <summary>Where a description line came from, for error messages.</summary>
internal readonly record struct SourceLine(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A named simple type as written in types.sivi, before it is resolved for a release.</summary>
internal sealed record TypeDescription(string Name, ReleaseSet? Availability, IReadOnlyList<DescriptionToken> Tokens, SourceLine Source);

/// <summary>
/// An element line with its nested lines, before it is resolved for a release. Its name is one word, or several
/// alternatives joined by '|' for an element SIVI renamed between releases (<c>Werkgever@-2025|Wrkgvr@2026</c>);
/// in a release the one alternative that applies names the element, and none means it is absent.
/// </summary>
internal sealed class ElementDescription(IReadOnlyList<DescriptionToken> names, IReadOnlyList<DescriptionToken> tokens, SourceLine source)
{
    public IReadOnlyList<DescriptionToken> Names { get; } = names;

    public IReadOnlyList<DescriptionToken> Tokens { get; } = tokens;

    public SourceLine Source { get; } = source;

    public List<ElementDescription> Children { get; } = [];

    /// <summary>The element's name in <paramref name="release"/>, or null when it does not exist there.</summary>
    public string? NameIn(string release)
    {
        string? name = null;
        foreach (var alternative in Names.Where(n => n.AppliesTo(release)))
        {
            if (name is not null)
            {
                throw DescriptionParser.Error(Source, $"element names {name} and {alternative.Text} both apply in release {release}");
            }
            name = alternative.Text;
        }
        return name;
    }
}

/// <summary>A message file: header line and element tree.</summary>
internal sealed record MessageDescription(
    string Name,
    string RootElement,
    string BerichtCode,
    IReadOnlyList<DescriptionToken> Versions,
    ElementDescription Root,
    SourceLine Source);

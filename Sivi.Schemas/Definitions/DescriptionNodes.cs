namespace Sivi.Schemas.Definitions;

/// <summary>Where a description line came from, for error messages.</summary>
internal readonly record struct SourceLine(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A named simple type as written in types.sivi, before it is resolved for a release.</summary>
internal sealed record TypeDescription(string Name, ReleaseSet? Availability, IReadOnlyList<DescriptionToken> Tokens, SourceLine Source);

/// <summary>An element line with its nested lines, before it is resolved for a release.</summary>
internal sealed class ElementDescription(string name, ReleaseSet? availability, IReadOnlyList<DescriptionToken> tokens, SourceLine source)
{
    public string Name { get; } = name;

    public ReleaseSet? Availability { get; } = availability;

    public IReadOnlyList<DescriptionToken> Tokens { get; } = tokens;

    public SourceLine Source { get; } = source;

    public List<ElementDescription> Children { get; } = [];
}

/// <summary>A message file: header line and element tree.</summary>
internal sealed record MessageDescription(
    string Name,
    string RootElement,
    string BerichtCode,
    IReadOnlyList<DescriptionToken> Versions,
    ElementDescription Root,
    SourceLine Source);

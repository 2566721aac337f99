namespace Sivi.Schemas.Definitions;

/// <summary>A word of a description line, optionally limited to some releases (<c>text@releases</c>).</summary>
internal sealed record DescriptionToken(string Text, ReleaseSet? Releases)
{
    public bool AppliesTo(string release) => Releases is null || Releases.Contains(release);

    public static DescriptionToken Parse(string word, IReadOnlyList<string> knownReleases)
    {
        var at = word.LastIndexOf('@');
        return at < 0
            ? new DescriptionToken(word, null)
            : new DescriptionToken(word[..at], ReleaseSet.Parse(word[(at + 1)..], knownReleases));
    }
}

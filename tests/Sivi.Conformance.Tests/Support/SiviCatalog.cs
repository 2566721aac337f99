using Sivi.Schemas.Definitions;

namespace Sivi.Conformance.Tests.Support;

/// <summary>
/// The (release, message type) pairs under test: those the official schema set has. When the official set is absent
/// the pairs our descriptions define stand in, so the tests still show up (skipped, or failing where they need only
/// our schemas).
/// </summary>
internal static class SiviCatalog
{
    /// <summary>Every (release, type) our descriptions define; not every type exists in every release.</summary>
    public static IReadOnlyList<(string Release, string Type)> Described { get; } =
        [.. SiviDefinitions.Embedded.All().Select(s => (s.Release, s.Name)).Order()];

    private static readonly Lazy<IReadOnlyList<(string Release, string Type)>> LazySchemas = new(Discover);

    public static IReadOnlyList<(string Release, string Type)> Schemas => LazySchemas.Value;

    public static IReadOnlyList<string> Releases => Schemas.Select(s => s.Release).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The namespace of another release of the same message type, for the wrong-namespace mutation.</summary>
    public static string? ForeignNamespace(string ownNamespace, string release)
    {
        var releases = Releases;
        var index = releases.ToList().IndexOf(release);
        var suffix = "/" + release;
        if (releases.Count < 2 || index < 0 || !ownNamespace.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }
        return ownNamespace[..^suffix.Length] + "/" + releases[(index + 1) % releases.Count];
    }

    private static IReadOnlyList<(string Release, string Type)> Discover()
    {
        if (RepositoryLayout.OfficialSchemasMissingReason is null)
        {
            return Directory.EnumerateFiles(RepositoryLayout.OfficialXsdDirectory, "*.xsd", SearchOption.AllDirectories)
                .Select(f => (Release: Path.GetFileName(Path.GetDirectoryName(f)!), Type: Path.GetFileNameWithoutExtension(f)))
                .OrderBy(s => s.Release, StringComparer.Ordinal)
                .ThenBy(s => s.Type, StringComparer.Ordinal)
                .ToList();
        }
        return Described;
    }
}

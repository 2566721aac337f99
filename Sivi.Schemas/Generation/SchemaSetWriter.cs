using Sivi.Schemas.Definitions;

namespace Sivi.Schemas.Generation;

/// <summary>Writes the whole schema set (xsd/&lt;release&gt;/&lt;Name&gt;.xsd) for every message in every release.</summary>
public static class SchemaSetWriter
{
    /// <summary>Relative path → file content, for every message type in every release.</summary>
    public static IEnumerable<(string RelativePath, string Content)> Files(SiviDefinitions definitions)
    {
        foreach (var schema in definitions.All())
        {
            yield return (Path.Combine(schema.Release, schema.Name + ".xsd"), XsdWriter.Write(schema));
        }
    }

    /// <summary>Writes every file under <paramref name="directory"/>; returns how many changed.</summary>
    public static async Task<int> WriteAsync(SiviDefinitions definitions, string directory, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var (relative, content) in Files(definitions))
        {
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (File.Exists(path) && string.Equals(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), content, StringComparison.Ordinal))
            {
                continue;
            }
            await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
            changed++;
        }
        return changed;
    }
}

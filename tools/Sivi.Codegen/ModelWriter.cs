using System.Text;
using Sivi.Schemas.Definitions;

namespace Sivi.Codegen;

/// <summary>Writes the typed model (one file per element class) into Sivi.Messages/Model.</summary>
public static class ModelWriter
{
    public static IEnumerable<(string FileName, string Content)> Files(SiviDefinitions definitions)
    {
        var classes = ModelShape.Build(definitions);
        foreach (var model in classes)
        {
            yield return (model.Name + ".g.cs", ModelClassWriter.Write(model, definitions.Releases));
        }
        yield return ("SiviModel.g.cs", FactoryFile(classes));
    }

    public static async Task<int> WriteAsync(SiviDefinitions definitions, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var changed = 0;
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fileName, content) in Files(definitions))
        {
            expected.Add(fileName);
            var path = Path.Combine(directory, fileName);
            if (File.Exists(path) && string.Equals(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), content, StringComparison.Ordinal))
            {
                continue;
            }
            await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
            changed++;
        }
        foreach (var stale in Directory.EnumerateFiles(directory, "*.g.cs").Where(f => !expected.Contains(Path.GetFileName(f))))
        {
            File.Delete(stale);
            changed++;
        }
        return changed;
    }

    private static string FactoryFile(IReadOnlyList<ModelClass> classes)
    {
        var s = new StringBuilder();
        s.Append(ModelClassWriter.Header);
        s.Append("namespace Sivi.Messages.Model;\n\n");
        s.Append("/// <summary>Creates the root object of a message type by its name.</summary>\n");
        s.Append("public static class SiviModel\n{\n");
        s.Append("    public static SiviMessage CreateRoot(string messageName) => messageName switch\n    {\n");
        foreach (var root in classes.Where(c => c.MessageName is not null))
        {
            s.Append("        \"").Append(root.MessageName).Append("\" => new ").Append(root.Name).Append("(),\n");
        }
        s.Append("        _ => throw new ArgumentException($\"unknown SIVI message type '{messageName}'\", nameof(messageName)),\n");
        s.Append("    };\n}\n");
        return s.ToString();
    }
}

using Sivi.Schemas.Definitions;
using Sivi.Schemas.Generation;

namespace Sivi.Schemas.Tests.Definitions;

/// <summary>The shipped xsd/ must be exactly what the descriptions generate (run tools/Sivi.Codegen after editing them).</summary>
public class SchemaSetUpToDateTests
{
    [Fact]
    public void Shipped_schema_files_match_the_descriptions()
    {
        var xsd = Path.Combine(RepoPaths.Root, "xsd");
        var stale = new List<string>();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relative, content) in SchemaSetWriter.Files(SiviDefinitions.Embedded))
        {
            expected.Add(relative);
            var path = Path.Combine(xsd, relative);
            if (!File.Exists(path) || !string.Equals(File.ReadAllText(path), content, StringComparison.Ordinal))
            {
                stale.Add(relative);
            }
        }
        var extra = Directory.EnumerateFiles(xsd, "*.xsd", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(xsd, f))
            .Where(f => !expected.Contains(f))
            .ToList();
        Assert.True(stale.Count == 0, "regenerate with `dotnet run --project tools/Sivi.Codegen`; stale: " + string.Join(", ", stale));
        Assert.True(extra.Count == 0, "xsd/ holds files no description generates: " + string.Join(", ", extra));
    }

    [Fact]
    public void Every_generated_schema_compiles()
    {
        foreach (var schema in SiviDefinitions.Embedded.All())
        {
            using var reader = new StringReader(XsdWriter.Write(schema));
            using var xml = System.Xml.XmlReader.Create(reader, new System.Xml.XmlReaderSettings { XmlResolver = null });
            var set = new System.Xml.Schema.XmlSchemaSet { XmlResolver = null };
            set.Add(schema.Namespace, xml);
            set.Compile();
            Assert.True(set.IsCompiled, schema.ToString());
        }
    }
}

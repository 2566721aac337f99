using Sivi.Codegen;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Tests;

/// <summary>The committed model must be exactly what the descriptions generate.</summary>
public class ModelUpToDateTests
{
    [Fact]
    public void Generated_model_matches_the_descriptions()
    {
        var directory = Path.Combine(RepoPaths.Root, "Sivi.Messages", "Model");
        var stale = ModelWriter.Files(SiviDefinitions.Embedded)
            .Where(f => !File.Exists(Path.Combine(directory, f.FileName))
                || !string.Equals(File.ReadAllText(Path.Combine(directory, f.FileName)), f.Content, StringComparison.Ordinal))
            .Select(f => f.FileName)
            .ToList();
        Assert.True(stale.Count == 0, "regenerate with `dotnet run --project tools/Sivi.Codegen`; stale: " + string.Join(", ", stale));
    }
}

namespace Gateway.Architecture.Tests;

/// <summary>No product project grows into a new monolith: each holds at most a third of the hand-written product code.</summary>
public sealed class ProjectSizeTests
{
    private static readonly string[] ProductPrefixes = ["Gateway.", "Sivi."];

    [Fact]
    public void No_product_project_holds_more_than_a_third_of_the_hand_written_lines()
    {
        var sizes = Directory.GetDirectories(RepoPaths.Root)
            .Where(d => ProductPrefixes.Any(p => Path.GetFileName(d).StartsWith(p, StringComparison.Ordinal))
                && File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .ToDictionary(d => Path.GetFileName(d), HandWrittenLines);
        var total = sizes.Values.Sum();

        Assert.True(sizes.Count >= 9, $"found only {string.Join(", ", sizes.Keys)}");
        Assert.All(sizes, s => Assert.True(s.Value * 3 <= total, $"{s.Key} holds {s.Value} of {total} hand-written lines, more than a third"));
    }

    private static int HandWrittenLines(string project) =>
        Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".g.cs", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Sum(f => File.ReadLines(f).Count());
}

using System.Xml.Linq;

namespace Gateway.Architecture.Tests.Rules;

/// <summary>The product projects' references to each other, read from their project files.</summary>
public static class ProjectGraph
{
    /// <summary>The product projects: top-level folders of the checkout holding a project named like the folder.</summary>
    public static IReadOnlyList<string> ProductProjects(string root) =>
        [.. Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)];

    /// <summary>The assembly a project builds (its AssemblyName, else the file name).</summary>
    public static string AssemblyName(string projectFile) =>
        XDocument.Load(projectFile).Descendants("AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault()
        ?? Path.GetFileNameWithoutExtension(projectFile);

    /// <summary>The assemblies of the projects <paramref name="projectText"/> references directly.</summary>
    public static IReadOnlyList<string> References(string projectFile, string projectText) =>
        [.. XDocument.Parse(projectText).Descendants("ProjectReference")
            .Select(e => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectFile)!, e.Attribute("Include")!.Value.Replace('\\', '/'))))
            .Select(path => File.Exists(path) ? AssemblyName(path) : Path.GetFileNameWithoutExtension(path))];

    /// <summary>What a project file references that <see cref="DependencyRules.Allowed"/> does not let it.</summary>
    public static IReadOnlyList<string> Violations(string projectFile, string projectText)
    {
        var name = File.Exists(projectFile) ? AssemblyName(projectFile) : Path.GetFileNameWithoutExtension(projectFile);
        if (!DependencyRules.Allowed.TryGetValue(name, out var allowed))
        {
            return [$"{name} is not a known product project"];
        }
        return [.. References(projectFile, projectText).Where(r => !allowed.Contains(r)).Select(r => $"{Path.GetFileName(projectFile)} references {r}, which it may not")];
    }
}

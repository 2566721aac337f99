using System.Reflection;

namespace Sivi.Conformance.Tests.Support;

/// <summary>Where the checkout, our schema set and the official SIVI schemas are.</summary>
internal static class RepositoryLayout
{
    private static readonly string SolutionFile = "Gateway.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Gateway.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>shared/ lives beside the checkout.</summary>
    public static string OfficialXsdDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "sivi", "xsd"));

    public static string OurXsdDirectory => Path.Combine(Root, "xsd");

    /// <summary>Why tests needing the official schemas cannot run, or null when they can.</summary>
    public static string? OfficialSchemasMissingReason { get; } = ProbeOfficialSchemas();

    public static string SchemaPath(SchemaOrigin origin, string release, string type) =>
        Path.Combine(origin == SchemaOrigin.Official ? OfficialXsdDirectory : OurXsdDirectory, release, type + ".xsd");

    /// <summary>Walks up from the test binaries to the checkout; with isolated build output (GATEWAY_ARTIFACTS) falls
    /// back to the RepositoryRoot stamped into the assembly by tests/Directory.Build.props.</summary>
    internal static string? FindRoot(string start, string? stamped)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }
        return stamped is not null && File.Exists(Path.Combine(stamped, SolutionFile)) ? Path.GetFullPath(stamped) : null;
    }

    private static string FindRoot()
    {
        var stamped = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        return FindRoot(AppContext.BaseDirectory, stamped)
            ?? throw new DirectoryNotFoundException($"{SolutionFile} not found above {AppContext.BaseDirectory} nor at '{stamped}'");
    }

    private static string? ProbeOfficialSchemas()
    {
        string directory;
        try
        {
            directory = OfficialXsdDirectory;
        }
        catch (DirectoryNotFoundException e)
        {
            return "official SIVI schemas cannot be located: " + e.Message;
        }
        return Directory.Exists(directory) && Directory.EnumerateFiles(directory, "*.xsd", SearchOption.AllDirectories).Any()
            ? null
            : $"official SIVI schemas not found at {directory} (shared/sivi/xsd beside the checkout); conformance with SIVI cannot be checked here";
    }
}

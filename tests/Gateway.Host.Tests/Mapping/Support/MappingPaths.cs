using System.Reflection;

namespace Gateway.Host.Tests.Mapping.Support;

/// <summary>The checkout (for xsd/) and SIVI's official schema set beside it (../shared/sivi/xsd), when present.</summary>
internal static class MappingPaths
{
    public static string Root { get; } = Find();

    public static string OurSchemas => Path.Combine(Root, "xsd");

    public static string? OfficialSchemas
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "sivi", "xsd"));
            return Directory.Exists(Path.Combine(path, "2024")) ? path : null;
        }
    }

    private static string Find()
    {
        var stamped = typeof(MappingPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "Gateway.sln")))
        {
            return Path.GetFullPath(stamped);
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Gateway.sln not found above the test binaries");
    }
}

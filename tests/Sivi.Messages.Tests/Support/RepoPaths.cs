using System.Reflection;

namespace Sivi.Messages.Tests.Support;

internal static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var stamped = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
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

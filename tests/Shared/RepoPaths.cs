using System.Reflection;

namespace Gateway.Tests.Shared;

/// <summary>The checkout the tests run from (its xsd/, tests/infra) and what lies beside it (../shared).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    /// <summary>Our own schema set (xsd/), the one the gateway uses at run time.</summary>
    public static string OurSchemas => Path.Combine(Root, "xsd");

    /// <summary>The scripts that start and stop a throw-away OpenSSH sshd (tests/infra/sshd).</summary>
    public static string SshdScripts => Path.Combine(Root, "tests", "infra", "sshd");

    /// <summary>SIVI's official schema set beside the checkout, or null when this machine does not have it.</summary>
    public static string? OfficialSchemas
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "sivi", "xsd"));
            return Directory.Exists(path) ? path : null;
        }
    }

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

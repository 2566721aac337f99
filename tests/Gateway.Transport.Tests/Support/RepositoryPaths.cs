using System.Reflection;

namespace Gateway.Transport.Tests.Support;

internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string SshdScripts => Path.Combine(Root, "tests", "infra", "sshd");
}

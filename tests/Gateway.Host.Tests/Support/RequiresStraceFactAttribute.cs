namespace Gateway.Host.Tests.Support;

/// <summary>A test that traces a process with strace (Linux); skipped with the reason where strace is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresStraceFactAttribute : FactAttribute
{
    public RequiresStraceFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/strace"))
        {
            Skip = "strace is missing (apt-get install strace)";
        }
    }
}

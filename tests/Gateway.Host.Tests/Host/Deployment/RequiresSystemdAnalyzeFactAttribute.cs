namespace Gateway.Host.Tests.Deployment;

/// <summary>A test that checks a unit file with systemd-analyze (offline, no running systemd needed); skipped where it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresSystemdAnalyzeFactAttribute : FactAttribute
{
    public const string Tool = "/usr/bin/systemd-analyze";

    public RequiresSystemdAnalyzeFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Tool))
        {
            Skip = "systemd-analyze is missing (apt-get install systemd)";
        }
    }
}

namespace Gateway.Host.Tests.Support;

/// <summary>A theory (e.g. one row per SSH client) that needs a real OpenSSH sshd and libssh; skipped with the reason where they are not available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresSshdTheoryAttribute : TheoryAttribute
{
    public RequiresSshdTheoryAttribute()
    {
        if (SshdServer.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

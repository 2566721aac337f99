namespace Gateway.Host.Tests.Support;

/// <summary>A test that needs a real OpenSSH sshd and libssh; skipped with the reason where they are not available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresSshdFactAttribute : FactAttribute
{
    public RequiresSshdFactAttribute()
    {
        if (SshdServer.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

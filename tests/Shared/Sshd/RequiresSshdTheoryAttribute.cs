namespace Gateway.Tests.Shared;

/// <summary>A theory (e.g. one row per SFTP client) that needs a real OpenSSH sshd and libssh; reports why and skips where they are not available.</summary>
public sealed class RequiresSshdTheoryAttribute : TheoryAttribute
{
    public RequiresSshdTheoryAttribute()
    {
        if (SshdAvailability.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

namespace Gateway.Transport.Tests.Support;

/// <summary>A theory (one row per SFTP client, see <see cref="BothClientsAttribute"/>) that needs a real OpenSSH sshd; skips with the reason where it cannot run.</summary>
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

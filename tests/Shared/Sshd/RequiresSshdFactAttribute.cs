namespace Gateway.Tests.Shared;

/// <summary>A test that needs a real OpenSSH sshd and libssh; reports why and skips where they are not available.</summary>
public sealed class RequiresSshdFactAttribute : FactAttribute
{
    public RequiresSshdFactAttribute()
    {
        if (SshdAvailability.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

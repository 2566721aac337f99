using Gateway.Transport.Sftp.HostKeys;

namespace Gateway.Transport.Sftp.Errors;

/// <summary>
/// The server presented a host key that is not the pinned one: the connection was refused before any credential was
/// sent. Carries both fingerprints so an operator can compare them with what the partner announced.
/// </summary>
public sealed class HostKeyMismatchException : SftpException
{
    public HostKeyMismatchException(string endpoint, IReadOnlyList<HostKeyFingerprint> expected, PresentedHostKey presented)
        : base($"SFTP host key of {endpoint} does not match the pinned key: expected {string.Join(" or ", expected)}, " +
               $"the server presented {presented.KeyType} {presented.Fingerprint}. The connection was refused; if the partner " +
               "changed its host key, have an administrator verify and accept the new fingerprint.",
               endpoint, "verify host key", path: null, status: null, clientMessage: null, innerException: null)
    {
        Expected = expected;
        Presented = presented;
    }

    public HostKeyMismatchException()
    {
        Expected = [];
        Presented = new PresentedHostKey("", new HostKeyFingerprint(""), "");
    }

    public HostKeyMismatchException(string message)
        : base(message)
    {
        Expected = [];
        Presented = new PresentedHostKey("", new HostKeyFingerprint(""), "");
    }

    public HostKeyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
        Expected = [];
        Presented = new PresentedHostKey("", new HostKeyFingerprint(""), "");
    }

    /// <summary>The pinned fingerprints (any of them would have been accepted).</summary>
    public IReadOnlyList<HostKeyFingerprint> Expected { get; }

    /// <summary>What the server presented.</summary>
    public PresentedHostKey Presented { get; }

    public override bool IsTransient => false;
}

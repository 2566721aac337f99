namespace Gateway.Transport.Sftp.Errors;

/// <summary>
/// The server refused the credentials (wrong password, key not authorised) or the private key could not be read
/// (wrong passphrase, unsupported format). Not transient: retrying with the same settings fails the same way.
/// </summary>
public sealed class SftpAuthenticationException : SftpException
{
    public SftpAuthenticationException(string endpoint, string reason, string? libSshMessage)
        : base(endpoint, "authenticate", path: null, status: null, libSshMessage is null ? reason : $"{reason} ({libSshMessage})")
    {
        Reason = reason;
    }

    public SftpAuthenticationException()
    {
        Reason = "";
    }

    public SftpAuthenticationException(string message)
        : base(message)
    {
        Reason = message;
    }

    public SftpAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>Why authentication failed, in words (never the secret itself).</summary>
    public string Reason { get; }

    public override bool IsTransient => false;
}

namespace Gateway.Transport.Sftp.Errors;

/// <summary>
/// The server refused the credentials (wrong password, key not authorised) or the private key could not be read
/// (wrong passphrase, unsupported format). Not transient: retrying with the same settings fails the same way.
/// </summary>
public sealed class SftpAuthenticationException : SftpException
{
    public SftpAuthenticationException(string endpoint, string reason, string? clientMessage)
        : base(endpoint, "authenticate", path: null, status: null, clientMessage is null ? reason : $"{reason} ({clientMessage})")
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

    /// <summary>The server refused the password.</summary>
    public static SftpAuthenticationException PasswordRejected(string endpoint, string userName, string? clientMessage) =>
        new(endpoint, $"the server rejected the password for user '{userName}'", clientMessage);

    /// <summary>The server refused the key (its public half is not authorised for the user).</summary>
    public static SftpAuthenticationException KeyRejected(string endpoint, Credentials.SftpPrivateKeyCredential credential, string userName, string? clientMessage) =>
        new(endpoint, $"the server did not accept the {credential.Describe()} for user '{userName}' (public key not authorised)", clientMessage);

    /// <summary>The server accepted the credential but wants another method as well (sshd AuthenticationMethods).</summary>
    public static SftpAuthenticationException FurtherMethodRequired(string endpoint, string? clientMessage) =>
        new(endpoint, "the server accepted the credential but demands a further authentication method (AuthenticationMethods)", clientMessage);

    /// <summary>The configured key file is not there.</summary>
    public static SftpAuthenticationException KeyFileMissing(string endpoint, string file) =>
        new(endpoint, $"the private key file {file} does not exist", clientMessage: null);

    /// <summary>The key could not be decoded: a wrong or missing passphrase, or an unsupported format.</summary>
    public static SftpAuthenticationException KeyUnreadable(string endpoint, Credentials.SftpPrivateKeyCredential credential)
    {
        var why = credential.Passphrase is null
            ? "it may need a passphrase, or is not an OpenSSH/PEM ed25519, ECDSA or RSA private key"
            : "wrong passphrase, or not an OpenSSH/PEM ed25519, ECDSA or RSA private key";
        return new(endpoint, $"the {credential.Describe()} could not be read: {why}", clientMessage: null);
    }

    /// <summary>Why authentication failed, in words (never the secret itself).</summary>
    public string Reason { get; }

    public override bool IsTransient => false;
}

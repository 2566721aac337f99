namespace Gateway.Transport.Sftp.Errors;

/// <summary>
/// An SFTP operation that failed: what was attempted, on which path and server, the SFTP status code where the server
/// sent one, and the SSH client library's own error text. Never carries passwords, passphrases or key material.
/// </summary>
public class SftpException : IOException
{
    public SftpException(string message)
        : base(message)
    {
        Operation = "sftp";
        Endpoint = "";
    }

    public SftpException(string message, Exception innerException)
        : base(message, innerException)
    {
        Operation = "sftp";
        Endpoint = "";
    }

    public SftpException()
        : this("SFTP operation failed")
    {
    }

    /// <summary>A failed operation; the message is composed from the parts.</summary>
    public SftpException(string endpoint, string operation, string? path, SftpStatus? status, string? clientMessage, Exception? innerException = null)
        : this(Compose(endpoint, operation, path, status, clientMessage), endpoint, operation, path, status, clientMessage, innerException)
    {
    }

    /// <summary>For subclasses that word their own message.</summary>
    protected SftpException(string message, string endpoint, string operation, string? path, SftpStatus? status, string? clientMessage, Exception? innerException)
        : base(message, innerException)
    {
        Endpoint = endpoint;
        Operation = operation;
        Path = path;
        Status = status;
        ClientMessage = clientMessage;
    }

    /// <summary>user@host:port of the connection.</summary>
    public string Endpoint { get; }

    /// <summary>What was attempted: connect, authenticate, upload, rename, …</summary>
    public string Operation { get; }

    /// <summary>The remote path the operation was on, if any.</summary>
    public string? Path { get; }

    /// <summary>The SFTP status the server answered with; null when the failure happened below SFTP.</summary>
    public SftpStatus? Status { get; }

    /// <summary>
    /// The client library's error text, named by its source: <c>libssh: …</c> (ssh_get_error, e.g. "libssh: SFTP
    /// server: No such file") or <c>SSH.NET: …</c> (its exception message; for a status reply the server's text).
    /// </summary>
    public string? ClientMessage { get; }

    /// <summary>Whether the path did not exist (SSH_FX_NO_SUCH_FILE or SSH_FX_NO_SUCH_PATH).</summary>
    public bool IsNotFound => Status is SftpStatus.NoSuchFile or SftpStatus.NoSuchPath;

    /// <summary>Whether a new attempt, possibly on a new connection, may succeed.</summary>
    public virtual bool IsTransient => Status is null or SftpStatus.Failure or SftpStatus.NoConnection or SftpStatus.ConnectionLost;

    private static string Compose(string endpoint, string operation, string? path, SftpStatus? status, string? clientMessage)
    {
        var text = $"SFTP {operation}";
        if (!string.IsNullOrEmpty(path))
        {
            text += $" '{path}'";
        }
        text += $" on {endpoint} failed";
        if (status is { } code)
        {
            text += $": {Describe(code)} (SSH_FX {(int)code})";
        }
        if (!string.IsNullOrWhiteSpace(clientMessage))
        {
            text += $". {clientMessage}";
        }
        return text;
    }

    private static string Describe(SftpStatus status) => status switch
    {
        SftpStatus.NoSuchFile => "no such file",
        SftpStatus.NoSuchPath => "no such path",
        SftpStatus.PermissionDenied => "permission denied",
        SftpStatus.Failure => "the server reported a failure",
        SftpStatus.FileAlreadyExists => "file already exists",
        SftpStatus.WriteProtect => "write protected",
        SftpStatus.OperationUnsupported => "operation not supported by the server",
        SftpStatus.ConnectionLost => "connection lost",
        SftpStatus.NoConnection => "no connection",
        _ => status.ToString(),
    };
}

namespace Gateway.Transport.Sftp.Errors;

/// <summary>
/// The connection could not be made (refused, unreachable, timed out, key exchange failed) or was lost; the
/// <see cref="SftpConnection"/> it happened on cannot be used any more. Always transient.
/// </summary>
public sealed class SftpConnectionException : SftpException
{
    public SftpConnectionException(string endpoint, string operation, string? path, string? clientMessage, Exception? innerException = null)
        : base(endpoint, operation, path, status: null, clientMessage, innerException)
    {
    }

    public SftpConnectionException()
    {
    }

    public SftpConnectionException(string message)
        : base(message)
    {
    }

    public SftpConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override bool IsTransient => true;
}

using System.Net.Sockets;
using Gateway.Transport.Sftp.Errors;
using Renci.SshNet.Common;
using RenciSftpException = Renci.SshNet.Common.SftpException;

namespace Gateway.Transport.Sftp.SshNet;

/// <summary>
/// Turns SSH.NET's exceptions into the transport's own kinds, as the libssh client throws them: an SFTP status reply
/// becomes <see cref="Errors.SftpException"/> with that status, anything below SFTP (socket, SSH session, timeout)
/// <see cref="SftpConnectionException"/>. Texts are prefixed "SSH.NET: " so messages say which client reported it.
/// </summary>
internal static class SshNetErrors
{
    public const string Prefix = "SSH.NET: ";

    /// <summary>Whether SSH.NET reports a failure of the session or socket (not an SFTP status reply).</summary>
    public static bool IsConnectionFailure(Exception exception) =>
        exception is SshConnectionException or SshOperationTimeoutException or SocketException or ObjectDisposedException
            or ProxyException or IOException;

    /// <summary>The transport exception for a failed operation, or null when the exception is not SSH.NET's.</summary>
    public static Errors.SftpException? ForOperation(Exception exception, string endpoint, string operation, string? path) => exception switch
    {
        RenciSftpException status => new Errors.SftpException(endpoint, operation, path, (SftpStatus)(int)status.StatusCode, Prefix + "SFTP server: " + status.Message, exception),
        _ when IsConnectionFailure(exception) => new SftpConnectionException(endpoint, operation, path, Text(exception), exception),
        SshException ssh => new Errors.SftpException(endpoint, operation, path, status: null, Text(ssh), exception),
        _ => null,
    };

    public static string Text(Exception exception) => Prefix + exception.Message;
}

using System.Net.Sockets;

namespace Gateway.Transport.Sftp.Errors;

/// <summary>
/// Tells a partner's server being out of reach from a failure of one file. Out of reach: the connection could not be
/// made or was lost (refused, time-out, name not resolved, key exchange, <see cref="SftpConnectionException"/> and
/// the SFTP statuses "no connection" and "connection lost"), the login was refused
/// (<see cref="SftpAuthenticationException"/>: an authentication outage at the partner looks the same as a revoked key)
/// or the server showed another host key (<see cref="HostKeyMismatchException"/>). None of these says anything about
/// the file being sent, so whoever sees one pauses the account instead of failing the file.
/// </summary>
public static class PartnerUnreachable
{
    public static bool Is(Exception exception) => exception switch
    {
        SftpConnectionException or SftpAuthenticationException or HostKeyMismatchException => true,
        SftpException { Status: SftpStatus.NoConnection or SftpStatus.ConnectionLost } => true,
        SocketException or TimeoutException => true,
        _ => false,
    };
}

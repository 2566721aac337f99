using Gateway.Transport.Sftp.HostKeys;

namespace Gateway.Transport.Sftp;

/// <summary>
/// Opens SFTP connections with a mandatory host key pin. Two implementations, chosen per account with
/// <see cref="SftpClientKind"/>: <see cref="SftpClient"/> (libssh, the default) and
/// <see cref="SshNet.SshNetSftpClient"/> (SSH.NET, managed). Both refuse the same settings, throw the same exception
/// kinds (<see cref="Errors"/>) and log the same events.
/// </summary>
public interface ISftpClient
{
    /// <summary>Which client this is.</summary>
    SftpClientKind Kind { get; }

    /// <summary>
    /// Connects, verifies the server's host key against <see cref="SftpConnectionSettings.HostKey"/> (before any
    /// credential is sent), authenticates and starts the SFTP subsystem.
    /// </summary>
    /// <exception cref="Errors.SftpConnectionException">refused, unreachable, timed out, key exchange failed</exception>
    /// <exception cref="Errors.HostKeyMismatchException">the server presented another key than the pinned one</exception>
    /// <exception cref="Errors.SftpAuthenticationException">credentials refused or the private key unreadable</exception>
    Task<ISftpConnection> ConnectAsync(SftpConnectionSettings settings, CancellationToken cancellationToken = default);

    /// <summary>
    /// Connects without authenticating and returns the host key the server presents, for an administrator to compare
    /// with the fingerprint the partner announced (out of band) before pinning it. <paramref name="keyType"/>
    /// (e.g. "ssh-rsa", "ecdsa-sha2-nistp256") asks for a specific one of the server's keys.
    /// </summary>
    Task<PresentedHostKey> FetchHostKeyAsync(string host, int port = 22, string? keyType = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default);
}

using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.HostKeys;

namespace Gateway.Transport.Sftp;

/// <summary>Where and how to connect: server, user, credential, the pinned host key and timeouts.</summary>
public sealed record SftpConnectionSettings
{
    public required string Host { get; init; }

    public int Port { get; init; } = 22;

    public required string UserName { get; init; }

    public required SftpCredential Credential { get; init; }

    /// <summary>The host key(s) to accept; mandatory (see <see cref="HostKeyPin"/>).</summary>
    public required HostKeyPin HostKey { get; init; }

    /// <summary>Time allowed for TCP connect plus key exchange, and again for host key check, authentication and SFTP start.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Time an operation may wait for the server without any reply; then the connection is aborted and the call fails
    /// with <see cref="Errors.SftpConnectionException"/>. Transfers that keep moving chunks never hit it. Enforced by
    /// the gateway (libssh 0.10 waits for SFTP replies forever in blocking mode).
    /// </summary>
    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>An idle connection sends SSH_MSG_IGNORE this often so firewalls keep it; zero disables.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a cancelled operation may stay blocked in libssh before the socket is shut down to free it (the
    /// connection is then unusable). Cancellation between chunks needs no such abort.
    /// </summary>
    public TimeSpan CancellationGracePeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Permissions requested for uploaded files (the server's umask still applies).</summary>
    public UnixFileMode NewFileMode { get; init; } = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    /// <summary>Permissions requested for created directories.</summary>
    public UnixFileMode NewDirectoryMode { get; init; } =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;

    /// <summary>user@host:port, for logs and error messages.</summary>
    public string Endpoint => $"{UserName}@{Host}:{Port}";

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Host);
        ArgumentException.ThrowIfNullOrWhiteSpace(UserName);
        ArgumentNullException.ThrowIfNull(Credential);
        ArgumentNullException.ThrowIfNull(HostKey, nameof(HostKey));
        ArgumentOutOfRangeException.ThrowIfLessThan(Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(ConnectTimeout, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfLessThan(OperationTimeout, TimeSpan.FromSeconds(1));
        HostKey.EnsureAppliesTo(Host, Port);
    }
}

using Gateway.Transport.Sftp.Connecting;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.HostKeys;
using Gateway.Transport.Sftp.Interop;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Transport.Sftp;

/// <summary>
/// Opens SFTP connections over libssh with a mandatory host key pin, and fetches a server's host key for an
/// administrator to verify before pinning it. Stateless and thread-safe; one instance can serve the whole process.
/// </summary>
public sealed class SftpClient : ISftpClient
{
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;

    public SftpClient(ILoggerFactory? loggerFactory = null)
    {
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<SftpClient>();
    }

    /// <summary>Why SFTP cannot work on this machine (libssh missing), or null when it can.</summary>
    public static string? UnavailableReason => LibSsh.UnavailableReason;

    public SftpClientKind Kind => SftpClientKind.LibSsh;

    /// <summary>
    /// Connects, verifies the server's host key against <see cref="SftpConnectionSettings.HostKey"/> (before any
    /// credential is sent), authenticates and starts the SFTP subsystem.
    /// </summary>
    /// <exception cref="SftpConnectionException">refused, unreachable, timed out, key exchange failed</exception>
    /// <exception cref="HostKeyMismatchException">the server presented another key than the pinned one</exception>
    /// <exception cref="SftpAuthenticationException">credentials refused or the private key unreadable</exception>
    public Task<SftpConnection> ConnectAsync(SftpConnectionSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return Task.Run(() => Open(settings, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Connects without authenticating and returns the host key the server presents, for an administrator to compare
    /// with the fingerprint the partner announced (out of band) before pinning it. <paramref name="keyType"/>
    /// (e.g. "ssh-rsa", "ecdsa-sha2-nistp256") asks for a specific one of the server's keys.
    /// </summary>
    public Task<PresentedHostKey> FetchHostKeyAsync(string host, int port = 22, string? keyType = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        var algorithms = HostKeyAlgorithms.ToRequest(keyType);
        var endpoint = $"{host}:{port}";
        return Task.Run(() =>
        {
            using var session = SshSessionOpener.Connect(host, port, userName: null, timeout ?? TimeSpan.FromSeconds(15), algorithms, endpoint);
            var presented = HostKeyReader.Read(session, endpoint);
            SftpLog.HostKeyFetched(_logger, endpoint, presented.KeyType, presented.Fingerprint);
            return presented;
        }, cancellationToken);
    }

    /// <remarks>Invalid settings throw here, before a task exists (as <see cref="ConnectAsync"/> does).</remarks>
    Task<ISftpConnection> ISftpClient.ConnectAsync(SftpConnectionSettings settings, CancellationToken cancellationToken) =>
        AsConnection(ConnectAsync(settings, cancellationToken));

    private static async Task<ISftpConnection> AsConnection(Task<SftpConnection> connecting) => await connecting.ConfigureAwait(false);

    private SftpConnection Open(SftpConnectionSettings settings, CancellationToken cancellationToken)
    {
        var endpoint = settings.Endpoint;
        SafeSshSessionHandle? session = null;
        try
        {
            session = SshSessionOpener.Connect(settings.Host, settings.Port, settings.UserName, settings.ConnectTimeout, settings.HostKey.AlgorithmPreference, endpoint);
            return Handshake(settings, session, cancellationToken);
        }
        catch (SftpException e) when (e is SftpConnectionException or SftpAuthenticationException)
        {
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                SftpLog.ConnectFailed(_logger, endpoint, e.Operation, e.Message);
            }
            session?.Dispose();
            throw;
        }
        catch
        {
            session?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Host key check, authentication and SFTP start on a connected session. libssh bounds only ssh_connect with its
    /// timeout, so a watchdog aborts this phase when the server stops answering for <see cref="SftpConnectionSettings.ConnectTimeout"/>.
    /// </summary>
    private SftpConnection Handshake(SftpConnectionSettings settings, SafeSshSessionHandle session, CancellationToken cancellationToken)
    {
        var endpoint = settings.Endpoint;
        using var watchdog = new BlockingCallWatchdog(settings.ConnectTimeout, _ => SessionSocket.Shutdown(session));
        watchdog.Begin("handshake");
        try
        {
            var presented = HostKeyReader.Read(session, endpoint);
            if (!settings.HostKey.Accepts(presented))
            {
                SftpLog.HostKeyMismatch(_logger, endpoint, settings.HostKey, presented.KeyType, presented.Fingerprint);
                throw new HostKeyMismatchException(endpoint, settings.HostKey.Fingerprints, presented);
            }
            cancellationToken.ThrowIfCancellationRequested();
            SshAuthenticator.Authenticate(session, settings.Credential, settings.UserName, endpoint);
            SshSessionOpener.SetTimeout(session, settings.OperationTimeout, endpoint);
            var sftp = StartSftp(session, endpoint);
            SftpLog.Connected(_logger, endpoint, presented.KeyType, presented.Fingerprint, settings.Credential);
            return new SftpConnection(settings, session, sftp, presented, _loggerFactory.CreateLogger<SftpConnection>());
        }
        catch (SftpException e) when (watchdog.Expired)
        {
            throw new SftpConnectionException(endpoint, e.Operation, path: null,
                $"no reply from the server within {settings.ConnectTimeout.TotalSeconds:0.#} s; the connection was aborted", e);
        }
        finally
        {
            watchdog.End();
        }
    }

    private static SafeSftpSessionHandle StartSftp(SafeSshSessionHandle session, string endpoint)
    {
        var sftp = LibSsh.Sftp.New(session);
        if (sftp.IsInvalid)
        {
            sftp.Dispose();
            throw new SftpConnectionException(endpoint, "start sftp subsystem", path: null, LibSshErrors.Text(session) ?? "sftp_new failed");
        }
        sftp.KeepParentAlive(session);
        if (LibSsh.Sftp.Init(sftp) != LibSsh.Ok)
        {
            var text = LibSshErrors.Text(session);
            sftp.Dispose();
            throw new SftpConnectionException(endpoint, "start sftp subsystem", path: null, text ?? "sftp_init failed (the server refused the SFTP subsystem)");
        }
        return sftp;
    }
}

using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.HostKeys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Renci.SshNet.Common;
using RenciSftpClient = Renci.SshNet.SftpClient;

namespace Gateway.Transport.Sftp.SshNet;

/// <summary>
/// Opens SFTP connections with SSH.NET (managed code: no native library, runs on Windows too), with the same host
/// key pinning, timeouts, errors and log events as the libssh <see cref="SftpClient"/>. Stateless and thread-safe.
/// </summary>
public sealed class SshNetSftpClient : ISftpClient
{
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;

    public SshNetSftpClient(ILoggerFactory? loggerFactory = null)
    {
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<SshNetSftpClient>();
    }

    public SftpClientKind Kind => SftpClientKind.SshNet;

    /// <inheritdoc/>
    /// <remarks>
    /// <see cref="SftpConnectionSettings.ConnectTimeout"/> bounds each wait of the handshake (SSH.NET's
    /// ConnectionInfo.Timeout) and the whole handshake — TCP connect, key exchange, host key check, authentication,
    /// SFTP start — to twice that, the budget of the libssh client's two phases.
    /// </remarks>
    public Task<ISftpConnection> ConnectAsync(SftpConnectionSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return OpenAsync(settings, cancellationToken);
    }

    public async Task<PresentedHostKey> FetchHostKeyAsync(string host, int port = 22, string? keyType = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        var algorithms = HostKeyAlgorithms.ToRequest(keyType);
        var endpoint = $"{host}:{port}";
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        using var login = SshNetLogin.ForHostKeyOnly(host, port, limit, algorithms);
        using var client = new RenciSftpClient(login.Info);
        PresentedHostKey? presented = null;
        client.HostKeyReceived += (_, e) =>
        {
            presented = HostKeyBlob.Describe(e.HostKey);
            e.CanTrust = false; // fetched for an administrator to verify, never trusted by this
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            await client.ConnectAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (presented is null && !cancellationToken.IsCancellationRequested)
        {
            throw Failed(e, endpoint, "fetch host key", limit, deadline.IsCancellationRequested);
        }
        catch (Exception e) when (presented is not null && (e is SshException or OperationCanceledException))
        {
            // refused on purpose once the key was seen
        }
        var key = presented ?? throw new SftpConnectionException(endpoint, "fetch host key", path: null, "the server presented no host key");
        SftpLog.HostKeyFetched(_logger, endpoint, key.KeyType, key.Fingerprint);
        return key;
    }

    private async Task<ISftpConnection> OpenAsync(SftpConnectionSettings settings, CancellationToken cancellationToken)
    {
        var endpoint = settings.Endpoint;
        SshNetLogin login;
        try
        {
            login = SshNetLogin.Create(settings);
        }
        catch (SftpAuthenticationException e)
        {
            SftpLog.ConnectFailed(_logger, endpoint, e.Operation, e.Message);
            throw;
        }
        var client = new RenciSftpClient(login.Info)
        {
            OperationTimeout = settings.OperationTimeout,
            KeepAliveInterval = settings.KeepAliveInterval > TimeSpan.Zero ? settings.KeepAliveInterval : Timeout.InfiniteTimeSpan,
        };
        PresentedHostKey? presented = null;
        client.HostKeyReceived += (_, e) =>
        {
            presented = HostKeyBlob.Describe(e.HostKey);
            e.CanTrust = settings.HostKey.Accepts(presented); // before any credential is sent
        };
        var budget = settings.ConnectTimeout * 2;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(budget);
        try
        {
            await client.ConnectAsync(deadline.Token).ConfigureAwait(false);
            login.WipeSecret();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            login.Dispose();
            if (presented is not null && !settings.HostKey.Accepts(presented))
            {
                SftpLog.HostKeyMismatch(_logger, endpoint, settings.HostKey, presented.KeyType, presented.Fingerprint);
                throw new HostKeyMismatchException(endpoint, settings.HostKey.Fingerprints, presented);
            }
            var failure = e is SshAuthenticationException
                ? Rejected(settings, e)
                : Failed(e, endpoint, "connect", budget, deadline.IsCancellationRequested);
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                SftpLog.ConnectFailed(_logger, endpoint, failure.Operation, failure.Message);
            }
            throw failure;
        }
        catch
        {
            client.Dispose();
            login.Dispose();
            throw;
        }
        SftpLog.Connected(_logger, endpoint, presented!.KeyType, presented.Fingerprint, settings.Credential);
        return new SshNetConnection(settings, client, login, presented, _loggerFactory.CreateLogger<SshNetConnection>());
    }

    private static SftpAuthenticationException Rejected(SftpConnectionSettings settings, Exception e) => settings.Credential switch
    {
        Credentials.SftpPasswordCredential => SftpAuthenticationException.PasswordRejected(settings.Endpoint, settings.UserName, SshNetErrors.Text(e)),
        Credentials.SftpPrivateKeyCredential key => SftpAuthenticationException.KeyRejected(settings.Endpoint, key, settings.UserName, SshNetErrors.Text(e)),
        _ => new SftpAuthenticationException(settings.Endpoint, "authentication failed", SshNetErrors.Text(e)),
    };

    private static Errors.SftpException Failed(Exception e, string endpoint, string operation, TimeSpan budget, bool timedOut) =>
        timedOut || e is SshOperationTimeoutException
            ? new SftpConnectionException(endpoint, operation, path: null, $"no reply from the server within {budget.TotalSeconds:0.#} s; the connection was aborted", e)
            : SshNetErrors.ForOperation(e, endpoint, operation, path: null) as SftpConnectionException
                ?? new SftpConnectionException(endpoint, operation, path: null, SshNetErrors.Text(e), e);
}

using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Connecting;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.HostKeys;
using Gateway.Transport.Sftp.Interop;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Sftp;

/// <summary>
/// An authenticated SFTP session over one SSH connection, reused for any number of files. Made by
/// <see cref="SftpClient.ConnectAsync"/>.
/// <para>
/// Thread-safety: every member may be called from any thread, but operations run one at a time — a connection is one
/// libssh session, which is not re-entrant, so concurrent calls queue (async) behind each other. Use one connection per
/// parallel stream of work.
/// </para>
/// <para>
/// Cancellation is checked before each operation and between 32 KiB chunks. An operation cancelled while blocked in
/// libssh longer than <see cref="SftpConnectionSettings.CancellationGracePeriod"/> is aborted by shutting the socket
/// down; it then throws <see cref="OperationCanceledException"/> and the connection is no longer usable.
/// After an <see cref="SftpConnectionException"/> the connection is broken too: open a new one.
/// </para>
/// </summary>
public sealed partial class SftpConnection : ISftpConnection
{
    private readonly SftpConnectionSettings _settings;
    private readonly SafeSshSessionHandle _session;
    private readonly SafeSftpSessionHandle _sftp;
    private readonly ILogger _logger;
    private readonly ConnectionGate _gate = new();
    private readonly BlockingCallWatchdog _watchdog;
    private readonly Timer? _keepAlive;
    private volatile string? _brokenReason;
    private volatile bool _aborted;
    private int _disposed;

    internal SftpConnection(SftpConnectionSettings settings, SafeSshSessionHandle session, SafeSftpSessionHandle sftp, PresentedHostKey hostKey, ILogger logger)
    {
        _settings = settings;
        _session = session;
        _sftp = sftp;
        _logger = logger;
        HostKey = hostKey;
        _watchdog = new BlockingCallWatchdog(settings.OperationTimeout, AbortUnansweredCall);
        if (settings.KeepAliveInterval > TimeSpan.Zero)
        {
            _keepAlive = new Timer(_ => SendKeepAlive(), null, settings.KeepAliveInterval, settings.KeepAliveInterval);
        }
    }

    /// <summary>user@host:port.</summary>
    public string Endpoint => _settings.Endpoint;

    /// <summary>The host key the server presented (and that matched the pin).</summary>
    public PresentedHostKey HostKey { get; }

    /// <summary>Whether the connection can still be used (not disposed, not broken, socket still connected).</summary>
    public bool IsUsable => Volatile.Read(ref _disposed) == 0 && _brokenReason is null && LibSshErrors.IsConnected(_session);

    string ITransferFileSystem.Description => $"sftp://{Endpoint}";

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _keepAlive?.Dispose();
        _watchdog.Dispose();
        _gate.Close();
        ReleaseNative();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync().ConfigureAwait(false);
        }
        _watchdog.Dispose();
        await _gate.CloseAsync().ConfigureAwait(false);
        await Task.Run(ReleaseNative).ConfigureAwait(false);
    }

    private void ReleaseNative()
    {
        _sftp.Dispose();
        _session.Dispose();
        _gate.Dispose();
        SftpLog.Disconnected(_logger, Endpoint);
    }

    /// <summary>Runs blocking native work for one operation under the gate, translating aborts into cancellation.</summary>
    private async Task<T> RunAsync<T>(string operation, Func<T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        try
        {
            return await _gate.RunAsync(operation, () =>
            {
                if (_brokenReason is { } reason)
                {
                    throw new SftpConnectionException(Endpoint, operation, path: null, $"the connection is no longer usable: {reason}");
                }
                _watchdog.Begin(operation);
                try
                {
                    return work();
                }
                finally
                {
                    _watchdog.End();
                }
            }, AbortBlockedCall, _settings.CancellationGracePeriod, cancellationToken).ConfigureAwait(false);
        }
        catch (SftpException e) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"SFTP {operation} on {Endpoint} was cancelled", e, cancellationToken);
        }
    }

    private Task<bool> RunAsync(string operation, Action work, CancellationToken cancellationToken) =>
        RunAsync<bool>(operation, () =>
        {
            work();
            return true;
        }, cancellationToken);

    /// <summary>The exception for a failed native call: connection-level when the session is gone, else the SFTP status.</summary>
    private SftpException Failure(string operation, string? path)
    {
        var text = LibSshErrors.Text(_session);
        if (_watchdog.Expired)
        {
            var reason = $"no reply from the server within {_settings.OperationTimeout.TotalSeconds:0.#} s; the connection was aborted";
            MarkBroken(operation, reason);
            return new SftpConnectionException(Endpoint, operation, path, reason);
        }
        if (_aborted || !LibSshErrors.IsConnected(_session))
        {
            MarkBroken(operation, text ?? "connection lost");
            return new SftpConnectionException(Endpoint, operation, path, _aborted ? "aborted after cancellation" : text ?? "connection lost");
        }
        var status = (SftpStatus)LibSsh.Sftp.GetError(_sftp);
        return new SftpException(Endpoint, operation, path, status == SftpStatus.Ok ? null : status, text);
    }

    private void MarkBroken(string operation, string reason)
    {
        if (_brokenReason is null)
        {
            _brokenReason = reason;
            SftpLog.ConnectionLost(_logger, Endpoint, operation, reason);
        }
    }

    private void AbortBlockedCall(string operation)
    {
        SftpLog.AbortingBlockedCall(_logger, Endpoint, operation, (long)_settings.CancellationGracePeriod.TotalMilliseconds);
        _aborted = true;
        ShutdownSocket();
    }

    private void AbortUnansweredCall(string operation)
    {
        SftpLog.OperationTimedOut(_logger, Endpoint, operation, (long)_settings.OperationTimeout.TotalMilliseconds);
        ShutdownSocket();
    }

    private void ShutdownSocket() => SessionSocket.Shutdown(_session);

    private void SendKeepAlive()
    {
        if (Volatile.Read(ref _disposed) != 0 || _brokenReason is not null)
        {
            return;
        }
        try
        {
            _gate.TryRunWhenIdle(_settings.KeepAliveInterval, () =>
            {
                if (LibSsh.Session.SendIgnore(_session, "keepalive") != LibSsh.Ok || !LibSshErrors.IsConnected(_session))
                {
                    MarkBroken("keep-alive", LibSshErrors.Text(_session) ?? "connection lost");
                }
            });
        }
        catch (ObjectDisposedException)
        {
            // disposed between the check and the gate: nothing left to keep alive
        }
    }
}

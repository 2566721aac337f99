using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.HostKeys;
using Microsoft.Extensions.Logging;
using RenciSftpClient = Renci.SshNet.SftpClient;

namespace Gateway.Transport.Sftp.SshNet;

/// <summary>
/// An authenticated SFTP session over SSH.NET, reused for any number of files. Made by
/// <see cref="SshNetSftpClient.ConnectAsync"/>.
/// <para>
/// Thread-safety: every member may be called from any thread, and unlike a libssh connection, concurrent calls run
/// concurrently: SSH.NET multiplexes requests over the one SFTP channel, so several files can be in flight at once.
/// </para>
/// <para>
/// Timeouts and cancellation follow the libssh client: when no reply came for
/// <see cref="SftpConnectionSettings.OperationTimeout"/> while a call waits, the session is aborted and every waiting
/// call fails with <see cref="SftpConnectionException"/>. Cancellation is checked before each operation and between
/// chunks (the connection stays usable); a call still waiting <see cref="SftpConnectionSettings.CancellationGracePeriod"/>
/// after cancellation is abandoned, throws <see cref="OperationCanceledException"/> and the connection is broken.
/// </para>
/// </summary>
public sealed partial class SshNetConnection : ISftpConnection
{
    private readonly SftpConnectionSettings _settings;
    private readonly RenciSftpClient _client;
    private readonly SshNetLogin _login;
    private readonly ILogger _logger;
    private readonly BlockingCallWatchdog _watchdog;
    private readonly CancellationTokenSource _abort = new();
    private string? _brokenReason;
    private int _disposed;

    internal SshNetConnection(SftpConnectionSettings settings, RenciSftpClient client, SshNetLogin login, PresentedHostKey hostKey, ILogger logger)
    {
        _settings = settings;
        _client = client;
        _login = login;
        _logger = logger;
        HostKey = hostKey;
        _watchdog = new BlockingCallWatchdog(settings.OperationTimeout, AbortUnanswered);
        _client.ErrorOccurred += (_, e) => MarkBroken("session", SshNetErrors.Text(e.Exception));
    }

    public string Endpoint => _settings.Endpoint;

    public PresentedHostKey HostKey { get; }

    public bool IsUsable => Volatile.Read(ref _disposed) == 0 && Volatile.Read(ref _brokenReason) is null && _client.IsConnected;

    string ITransferFileSystem.Description => $"sftp://{Endpoint}";

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _abort.Cancel();
        _watchdog.Dispose();
        _client.Dispose();
        _login.Dispose();
        _abort.Dispose();
        SftpLog.Disconnected(_logger, Endpoint);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Runs one operation: refuses on a broken connection, gives SSH.NET a token that the watchdog (no reply) or the
    /// grace period after the caller's cancellation cancels, and maps SSH.NET's exceptions.
    /// </summary>
    private async Task<T> RunAsync<T>(string operation, string? path, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (Volatile.Read(ref _brokenReason) is { } reason)
        {
            throw new SftpConnectionException(Endpoint, operation, path: null, $"the connection is no longer usable: {reason}");
        }
        cancellationToken.ThrowIfCancellationRequested();
        using var call = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token);
        using var registration = cancellationToken.CanBeCanceled
            ? cancellationToken.Register(() => call.CancelAfter(_settings.CancellationGracePeriod))
            : default;
        _watchdog.Begin(operation);
        try
        {
            return await work(call.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is OperationCanceledException or Renci.SshNet.Common.SshException)
        {
            if (call.IsCancellationRequested && !_abort.IsCancellationRequested)
            {
                SftpLog.AbortingBlockedCall(_logger, Endpoint, operation, (long)_settings.CancellationGracePeriod.TotalMilliseconds);
                MarkBroken(operation, "aborted after cancellation");
            }
            throw new OperationCanceledException($"SFTP {operation} on {Endpoint} was cancelled", e, cancellationToken);
        }
        catch (Exception e) when (_watchdog.Expired || e is Renci.SshNet.Common.SshOperationTimeoutException)
        {
            var timedOut = $"no reply from the server within {_settings.OperationTimeout.TotalSeconds:0.#} s; the connection was aborted";
            MarkBroken(operation, timedOut);
            throw new SftpConnectionException(Endpoint, operation, path, timedOut, e);
        }
        catch (Exception e) when (SshNetErrors.ForOperation(e, Endpoint, operation, path) is { } failure)
        {
            if (failure is SftpConnectionException)
            {
                MarkBroken(operation, failure.ClientMessage ?? "connection lost");
            }
            throw failure;
        }
        finally
        {
            _watchdog.End();
        }
    }

    private async Task RunAsync(string operation, string? path, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        await RunAsync<bool>(operation, path, async token =>
        {
            await work(token).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    private void MarkBroken(string operation, string reason)
    {
        if (Interlocked.CompareExchange(ref _brokenReason, reason, null) is null && Volatile.Read(ref _disposed) == 0)
        {
            SftpLog.ConnectionLost(_logger, Endpoint, operation, reason);
        }
    }

    private void AbortUnanswered(string operation)
    {
        SftpLog.OperationTimedOut(_logger, Endpoint, operation, (long)_settings.OperationTimeout.TotalMilliseconds);
        MarkBroken(operation, $"no reply from the server within {_settings.OperationTimeout.TotalSeconds:0.#} s; the connection was aborted");
        _abort.Cancel();
    }
}

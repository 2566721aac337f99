using System.Threading.Channels;
using Gateway.Receiving.Register;
using Gateway.Receiving.Retourmeldingen;
using Gateway.Transport.Delivery;
using Gateway.Transport.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Receiving.Intake;

/// <summary>
/// Delivers an account's pending Retourmeldingen while its intake is still taking files in: each committed group
/// signals it, and it writes what is pending (a page of 100 at a time, oldest page first, temporary name then rename)
/// over up to <paramref name="sessions"/> SFTP sessions of its own, opened when there is something to deliver (one that
/// cannot be opened beyond the first is done without), so the answers travel while the next files download. At the end
/// of the run <see cref="CompleteAsync"/> delivers what is left — over those sessions, or over the run's own session
/// when nothing was pending during the intake (a quiet run opens no extra session). Delivery stays at least once (see
/// <see cref="RetourmeldingOutbox"/>).
/// </summary>
internal sealed class RetourmeldingPump(ReceivingDatabase register, string account, string folder, Func<CancellationToken, Task<ITransferFileSystem>> open,
    int sessions, TimeProvider clock, ILogger logger) : IAsyncDisposable
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly List<ITransferFileSystem> _sessions = [];
    private List<TransferFolderTarget>? _targets;
    private Task? _loop;
    private long _deliveryTicks;
    private int _delivered;

    /// <summary>Retourmeldingen delivered by this pump so far.</summary>
    public int Delivered => Volatile.Read(ref _delivered);

    /// <summary>Time spent delivering (in the background and at the end).</summary>
    public TimeSpan DeliveryTime => System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _deliveryTicks));

    /// <summary>Starts delivering in the background (the first round takes what earlier runs and this run's restart left).</summary>
    public void Start(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => LoopAsync(cancellationToken), cancellationToken);
        Signal();
    }

    /// <summary>New Retourmeldingen were committed.</summary>
    public void Signal() => _signals.Writer.TryWrite(true);

    /// <summary>Stops the background delivery and delivers what is left; throws what stopped either (the run's Retourmelding step fails).</summary>
    public async Task CompleteAsync(ITransferFileSystem runSession, CancellationToken cancellationToken)
    {
        _signals.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
        if (_targets is null)
        {
            await runSession.CreateDirectoryAsync(folder, cancellationToken).ConfigureAwait(false);
            // the run's session is the caller's to close: this target only borrows it
            await DeliverAsync([new TransferFolderTarget(_ => Task.FromResult(runSession), folder)], cancellationToken).ConfigureAwait(false);
            return;
        }
        await DeliverAsync(_targets, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _signals.Writer.TryComplete();
        if (_loop is not null)
        {
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // reported by CompleteAsync when the run got that far; here only the session is closed
            }
        }
        foreach (var session in _sessions)
        {
            await TransferFileSystems.DisposeAsync(session).ConfigureAwait(false);
        }
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        while (await _signals.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            _signals.Reader.TryRead(out _);
            if (!await AnyPendingAsync(cancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            _targets ??= await OpenTargetsAsync(cancellationToken).ConfigureAwait(false);
            await DeliverAsync(_targets, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Opens the pump's sessions: the first must open (its failure fails the run's Retourmelding step), further ones are done without when refused.</summary>
    private async Task<List<TransferFolderTarget>> OpenTargetsAsync(CancellationToken cancellationToken)
    {
        var attempts = Enumerable.Range(0, Math.Max(sessions, 1)).Select(async _ => await open(cancellationToken).ConfigureAwait(false)).ToList();
        await Task.WhenAll(attempts.Cast<Task>()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Exception? first = null;
        foreach (var attempt in attempts)
        {
            if (attempt.IsCompletedSuccessfully)
            {
                _sessions.Add(attempt.Result);
            }
            else if (attempt.Exception?.GetBaseException() is { } e)
            {
                first ??= e;
                ReceivingIntakeLog.SessionNotOpened(logger, account, e.GetType().Name, e.Message);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (_sessions.Count == 0)
        {
            throw first!;
        }
        await _sessions[0].CreateDirectoryAsync(folder, cancellationToken).ConfigureAwait(false);
        return [.. _sessions.Select(session => new TransferFolderTarget(_ => Task.FromResult(session), folder))];
    }

    private async Task<bool> AnyPendingAsync(CancellationToken cancellationToken)
    {
        await using var context = register.CreateContext();
        return await context.PendingRetourmeldingen.AnyAsync(r => r.Account == account && r.DeliveredUtc == null, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeliverAsync(IReadOnlyList<TransferFolderTarget> targets, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            Interlocked.Add(ref _delivered, await RetourmeldingOutbox.DeliverAsync(register, account,
                [.. targets.Select(target => (Func<string, byte[], CancellationToken, Task>)((name, content, token) => target.DeliverAsync(name, content, token)))], clock, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            Interlocked.Add(ref _deliveryTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
        }
    }
}

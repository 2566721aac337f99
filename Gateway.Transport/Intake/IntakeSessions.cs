using Gateway.Transport.Files;
using Microsoft.Extensions.Logging;

namespace Gateway.Transport.Intake;

/// <summary>
/// The sessions a grouped intake run does one kind of work over: the run's own session when <paramref name="withRunSession"/>
/// (borrowed, never closed here) and up to <paramref name="ownCount"/> sessions of their own, opened on first use and
/// closed with this set. A session that cannot be opened is logged and done without; with no session at all, the run's
/// own does the work.
/// </summary>
internal sealed class IntakeSessions(string source, ITransferFileSystem runSession, bool withRunSession, Func<CancellationToken, Task<ITransferFileSystem>>? open,
    int ownCount, ILogger logger) : IAsyncDisposable
{
    private readonly List<ITransferFileSystem> _owned = [];
    private ITransferFileSystem[]? _sessions;

    /// <summary>The sessions in use (after the first <see cref="ForEachAsync{TItem, TResult}"/>).</summary>
    public int Count => _sessions?.Length ?? 0;

    /// <summary>
    /// Runs <paramref name="work"/> for every item: item i goes over session i modulo the number of sessions, each session
    /// takes its items one after another, all sessions at once. Returns the results in item order; throws the first failure
    /// once every session stopped.
    /// </summary>
    public async Task<TResult[]> ForEachAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<ITransferFileSystem, TItem, Task<TResult>> work,
        CancellationToken cancellationToken)
    {
        var sessions = _sessions ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
        var results = new TResult[items.Count];
        await Task.WhenAll(Enumerable.Range(0, Math.Min(sessions.Length, items.Count)).Select(async s =>
        {
            for (var i = s; i < items.Count; i += sessions.Length)
            {
                results[i] = await work(sessions[s], items[i]).ConfigureAwait(false);
            }
        })).ConfigureAwait(false);
        return results;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _owned)
        {
            await TransferFileSystems.DisposeAsync(session).ConfigureAwait(false);
        }
        _owned.Clear();
    }

    private async Task<ITransferFileSystem[]> OpenAsync(CancellationToken cancellationToken)
    {
        if (open is not null && ownCount > 0)
        {
            var attempts = Enumerable.Range(0, ownCount).Select(_ => OpenOneAsync(open, cancellationToken)).ToList();
            // every attempt ends before this goes on: what opened is closed with this set, also when the run was cancelled
            await Task.WhenAll(attempts.Cast<Task>()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            foreach (var attempt in attempts)
            {
                if (attempt.IsCompletedSuccessfully)
                {
                    _owned.Add(attempt.Result);
                }
                else if (attempt.Exception?.GetBaseException() is { } e)
                {
                    IntakeLog.SessionNotOpened(logger, source, e.GetType().Name, e.Message);
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
        List<ITransferFileSystem> sessions = withRunSession ? [runSession, .. _owned] : [.. _owned];
        return sessions.Count > 0 ? [.. sessions] : [runSession];
    }

    /// <summary>One attempt, its failure (also one thrown before the factory returned a task) in the task.</summary>
    private static async Task<ITransferFileSystem> OpenOneAsync(Func<CancellationToken, Task<ITransferFileSystem>> open, CancellationToken cancellationToken) =>
        await open(cancellationToken).ConfigureAwait(false);
}

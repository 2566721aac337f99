using System.Threading.Channels;

namespace Gateway.Transport.Intake;

public sealed partial class FileIntake
{
    /// <summary>
    /// Removes (or archives) handled groups at the source while the run goes on taking the next ones: groups are taken
    /// in the order added, a group's files spread over the removal sessions, each file removed only if it is still the
    /// version taken (<see cref="TryAfterActionAsync"/>), then the group's removed files are recorded finished with one
    /// journal write. A file whose removal did not happen stays handled in the journal: the next run that lists it only
    /// removes it. A failure that ends the removals (a lost connection) is thrown by the next <see cref="Add"/> or by
    /// <see cref="CompleteAsync"/>.
    /// </summary>
    private sealed class SourceRemoval : IAsyncDisposable
    {
        private readonly FileIntake _intake;
        private readonly IntakeSource _source;
        private readonly IntakeSessions _sessions;
        private readonly IntakeRunResult _result;
        private readonly Channel<List<GroupFile>> _groups = Channel.CreateUnbounded<List<GroupFile>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        private readonly Task _loop;

        public SourceRemoval(FileIntake intake, IntakeSource source, IntakeSessions sessions, IntakeRunResult result, CancellationToken cancellationToken)
        {
            _intake = intake;
            _source = source;
            _sessions = sessions;
            _result = result;
            _loop = Task.Run(() => LoopAsync(cancellationToken), cancellationToken);
        }

        /// <summary>Sessions the removals went over.</summary>
        public int Sessions => _sessions.Count;

        /// <summary>Queues a committed group's handled files for removal.</summary>
        public void Add(List<GroupFile> handled)
        {
            if (_loop.IsFaulted || _loop.IsCanceled)
            {
                _loop.GetAwaiter().GetResult();
            }
            if (handled.Count > 0)
            {
                _groups.Writer.TryWrite(handled);
            }
        }

        /// <summary>Waits until every queued group was removed and recorded; the wait counts as <see cref="IntakeTimings.RemovalWait"/>.</summary>
        public async Task CompleteAsync()
        {
            _groups.Writer.TryComplete();
            var started = IntakeTimings.Start();
            await _loop.ConfigureAwait(false);
            _result.Timings.RemovalWait += IntakeTimings.Since(started);
        }

        public async ValueTask DisposeAsync()
        {
            _groups.Writer.TryComplete();
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // thrown to the run by Add or CompleteAsync when it got that far; here only the sessions are closed
            }
            await _sessions.DisposeAsync().ConfigureAwait(false);
        }

        private async Task LoopAsync(CancellationToken cancellationToken)
        {
            await foreach (var group in _groups.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var started = IntakeTimings.Start();
                var removed = await _sessions.ForEachAsync(group, (session, file) =>
                    _intake.TryAfterActionAsync(session, _source, file.Entry!, _result, cancellationToken), cancellationToken).ConfigureAwait(false);
                _result.Timings.AfterActions += IntakeTimings.Since(started);
                await _intake._journal.RecordFinishedAsync([.. group.Where((_, i) => removed[i]).Select(f => f.Key)], _intake._time.GetUtcNow(), cancellationToken)
                    .ConfigureAwait(false);
            }
        }
    }
}

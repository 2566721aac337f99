using Gateway.Core.Ledger;
using Gateway.Core.Outbox;
using Gateway.Core.Persistence;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Deliver;

/// <summary>
/// Deliveries uploaded but not yet committed, and failed attempts: their state changes, their events and whatever the
/// group's context tracks (uitval) are saved in one transaction, after which each delivery is logged. The messages
/// themselves are not tracked (their bodies would be compared on every save): the deliveries of a commit become one
/// set-based update (per delivery time) and their events a set-based insert, a failed attempt an update of its row.
/// Uploads are idempotent, so losing an uncommitted group to a crash only repeats its uploads.
/// </summary>
internal sealed class DeliveredGroup(GatewayDatabase database, ILogger logger) : IAsyncDisposable
{
    private readonly List<LedgerMessage> _pending = [];
    private readonly List<LedgerMessage> _failed = [];
    private readonly List<OutboxEvent> _events = [];
    private DateTimeOffset? _firstUtc;

    public GatewayDbContext Context { get; } = database.CreateContext();

    public int Count => _pending.Count;

    /// <summary>
    /// A delivered message, already marked in memory (state, <see cref="LedgerMessage.DeliveredUtc"/>, attempt counted),
    /// with its event.
    /// </summary>
    public void Add(LedgerMessage message, OutboxEvent delivered, TimeProvider clock)
    {
        _firstUtc ??= clock.GetUtcNow();
        _pending.Add(message);
        _events.Add(delivered);
    }

    /// <summary>A failed attempt, already recorded in memory (attempts, error, next attempt or failed state).</summary>
    public void AddFailed(LedgerMessage message) => _failed.Add(message);

    /// <summary>How long the oldest uncommitted delivery has waited.</summary>
    public TimeSpan Age(TimeProvider clock) => _firstUtc is { } first ? clock.GetUtcNow() - first : TimeSpan.Zero;

    /// <summary>Saves the deliveries, failures, events and tracked changes in one transaction; not cancellable once begun.</summary>
    public async Task CommitAsync()
    {
        if (_pending.Count > 0 || _failed.Count > 0 || Context.ChangeTracker.HasChanges())
        {
            await using var transaction = await Context.Database.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
            foreach (var round in _pending.GroupBy(m => m.DeliveredUtc!.Value))
            {
                var ids = round.Select(m => m.Id).ToList();
                var delivered = round.Key;
                await Context.LedgerMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u
                    .SetProperty(m => m.State, LedgerState.Delivered)
                    .SetProperty(m => m.DeliveredUtc, delivered)
                    .SetProperty(m => m.StateChangedUtc, delivered)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null), CancellationToken.None).ConfigureAwait(false);
            }
            foreach (var message in _failed)
            {
                await Context.LedgerMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(m => m.State, message.State)
                    .SetProperty(m => m.Attempts, message.Attempts)
                    .SetProperty(m => m.LastError, message.LastError)
                    .SetProperty(m => m.NextAttemptUtc, message.NextAttemptUtc)
                    .SetProperty(m => m.StateChangedUtc, message.StateChangedUtc), CancellationToken.None).ConfigureAwait(false);
            }
            await RowInserter.InsertAsync(Context, _events, CancellationToken.None).ConfigureAwait(false);
            await Context.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        foreach (var message in _pending)
        {
            LedgerLog.Delivered(logger, message.MessageId, message.Account, message.MessageType, message.FileName);
            MessageMetrics.Delivered(message);
        }
        _pending.Clear();
        _failed.Clear();
        _events.Clear();
        _firstUtc = null;
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}

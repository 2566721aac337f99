using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Outbound.Ledger;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Deliver;

/// <summary>
/// Deliveries uploaded but not yet committed: their state changes and events live in one context (one batch's, which
/// keeps tracking the batch's messages across commits) and are saved in one transaction, after which each is logged. Uploads are idempotent, so losing an uncommitted group to a crash only
/// repeats its uploads.
/// </summary>
internal sealed class DeliveredGroup(GatewayDatabase database, ILogger logger) : IAsyncDisposable
{
    private readonly List<LedgerMessage> _pending = [];
    private DateTimeOffset? _firstUtc;

    public GatewayDbContext Context { get; } = database.CreateContext();

    public int Count => _pending.Count;

    public void Add(LedgerMessage message, TimeProvider clock)
    {
        _firstUtc ??= clock.GetUtcNow();
        _pending.Add(message);
    }

    /// <summary>How long the oldest uncommitted delivery has waited.</summary>
    public TimeSpan Age(TimeProvider clock) => _firstUtc is { } first ? clock.GetUtcNow() - first : TimeSpan.Zero;

    /// <summary>Saves every tracked change (deliveries, failures, events) in one transaction; not cancellable once begun.</summary>
    public async Task CommitAsync()
    {
        await Context.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        foreach (var message in _pending)
        {
            LedgerLog.Delivered(logger, message.MessageId, message.Account, message.MessageType, message.FileName);
            MessageMetrics.Delivered(message);
        }
        _pending.Clear();
        _firstUtc = null;
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}

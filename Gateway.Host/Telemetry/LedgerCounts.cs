using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Telemetry;

/// <summary>
/// The ledger's current counts for the gauges: messages per account, type and state, open uitval per integration and
/// stage, and the queues (messages waiting for delivery, events waiting for the bus). Three grouped queries, read at most
/// once per <see cref="TelemetryOptions.LedgerCountsCacheDuration"/> however many gauges or scrapers ask; when the
/// database does not answer, the gauges report nothing for that reading (and readiness says why).
/// </summary>
internal sealed partial class LedgerCounts(GatewayDatabase database, TelemetryOptions options, TimeProvider clock, ILogger<LedgerCounts> logger)
{
    private readonly Lock _lock = new();
    private Snapshot _snapshot = Snapshot.Empty;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public sealed record Snapshot(
        IReadOnlyList<(string Account, string Type, LedgerState State, int Count)> Messages,
        IReadOnlyList<(string Integration, string Account, UitvalStage Stage, int Count)> OpenUitval,
        IReadOnlyList<(string Account, int Count)> DeliveryQueue,
        int OutboxPending)
    {
        public static readonly Snapshot Empty = new([], [], [], 0);
    }

    /// <summary>The counts, read again when the last reading is older than the cache duration.</summary>
    public Snapshot Current()
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now - _readAt >= options.LedgerCountsCacheDuration)
            {
                _snapshot = Read();
                _readAt = now;
            }
            return _snapshot;
        }
    }

    private Snapshot Read()
    {
        try
        {
            using var context = database.CreateContext();
            var messages = context.LedgerMessages.AsNoTracking()
                .GroupBy(m => new { m.Account, m.MessageType, m.State })
                .Select(g => new { g.Key.Account, g.Key.MessageType, g.Key.State, Count = g.Count() })
                .ToList();
            var uitval = context.Uitval.AsNoTracking().Where(u => u.Status == UitvalStatus.Open)
                .GroupBy(u => new { u.Integration, u.Account, u.Stage })
                .Select(g => new { g.Key.Integration, g.Key.Account, g.Key.Stage, Count = g.Count() })
                .ToList();
            var outbox = context.OutboxEvents.Count();
            return new Snapshot(
                [.. messages.Select(m => (m.Account, m.MessageType, m.State, m.Count))],
                [.. uitval.Select(u => (u.Integration ?? "", u.Account ?? "", u.Stage, u.Count))],
                [.. messages.Where(m => m.State == LedgerState.Queued).GroupBy(m => m.Account).Select(g => (g.Key, g.Sum(m => m.Count)))],
                outbox);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            NotRead(logger, e.GetType().Name);
            return Snapshot.Empty;
        }
    }

    [LoggerMessage(EventId = 7111, Level = LogLevel.Warning, Message = "Ledger counts for the metrics could not be read: {Error}")]
    private static partial void NotRead(ILogger logger, string error);
}

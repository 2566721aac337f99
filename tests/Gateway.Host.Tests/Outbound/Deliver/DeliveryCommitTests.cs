using System.Text;
using System.Text.Json;
using Gateway.Contracts;
using Gateway.Core.Ledger;
using Gateway.Core.Outages;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Ledger;
using Gateway.Outbound.Tests.Ledger;
using Gateway.Transport.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Outbound.Tests.Deliver;

/// <summary>
/// A delivery round's commit updates the delivered messages set-based and inserts their events in one transaction with
/// the failures of the round: every column as before, and nothing of it stays when any part fails.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class DeliveryCommitTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Delivered_messages_get_their_state_time_attempt_and_event_and_keep_their_body(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        await AddAsync(database.Database, ("A", 1), ("A", 2), ("B", 1));
        using var receiver = new TempFolder();
        await using var target = new ScriptedTarget(TransferFolderTarget.LocalFolder(receiver.Path));
        target.TransientFailures[LedgerFixture.FileName("B", 1)] = 1;
        var dispatcher = Dispatcher(database.Database);
        var before = DateTime.UtcNow.AddSeconds(-1);

        // B-001's first attempt fails (recorded with its error), its retry is due at once
        var delivered = await dispatcher.RunOnceAsync("arbo", target, default);
        delivered += await dispatcher.RunOnceAsync("arbo", target, default);

        Assert.Equal(3, delivered);

        await using var context = database.Database.CreateContext();
        var messages = await context.LedgerMessages.OrderBy(m => m.Id).ToListAsync();
        Assert.All(messages, m =>
        {
            Assert.Equal(LedgerState.Delivered, m.State);
            Assert.NotNull(m.DeliveredUtc);
            Assert.InRange(m.DeliveredUtc!.Value, before, DateTime.UtcNow);
            Assert.Equal(m.DeliveredUtc, m.StateChangedUtc);
            Assert.Null(m.LastError);
            Assert.Equal(Body(m.CaseKey), BodyCompression.Decompress(m.Body, m.BodyLength));
        });
        Assert.Equal([1, 1, 2], messages.Select(m => m.Attempts));
        var events = (await context.OutboxEvents.Where(e => e.Type == nameof(SiviMessageDelivered)).OrderBy(e => e.Id).Select(e => e.Payload).ToListAsync())
            .Select(e => JsonSerializer.Deserialize<SiviMessageDelivered>(e)!).ToList();
        // PostgreSQL keeps microseconds, the event the ticks
        Assert.Equal(messages.Select(m => (m.MessageId, m.FileName, Microseconds(m.DeliveredUtc!.Value))),
            events.Select(e => (e.MessageId, e.TargetFileName, Microseconds(e.DeliveredAt.UtcDateTime))));
        // the delivered ones answer the dashboard's and retention's date queries
        Assert.Equal(3, await context.LedgerMessages.CountAsync(m => m.DeliveredUtc >= before && m.DeliveredUtc <= DateTime.UtcNow));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_commit_that_fails_leaves_the_round_queued_and_the_repeat_delivers_each_once(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        await AddAsync(database.Database, ("A", 1), ("A", 2), ("B", 1));
        await using (var context = database.Database.CreateContext())
        {
            // the validated events are not the point here; without them only the delivery's events are in the outbox
            await context.OutboxEvents.ExecuteDeleteAsync();
            // the event insert fails after the messages' update within the same transaction
            await context.Database.ExecuteSqlRawAsync("ALTER TABLE \"OutboxEvents\" RENAME TO \"OutboxEventsAway\"");
        }
        using var receiver = new TempFolder();
        await using var target = new ScriptedTarget(TransferFolderTarget.LocalFolder(receiver.Path));
        var dispatcher = Dispatcher(database.Database);

        await Assert.ThrowsAnyAsync<Exception>(() => dispatcher.RunOnceAsync("arbo", target, default));

        await using (var context = database.Database.CreateContext())
        {
            var states = await context.LedgerMessages.Select(m => new { m.State, m.Attempts, m.DeliveredUtc }).ToListAsync();
            Assert.All(states, s => Assert.Equal((LedgerState.Queued, 0, (DateTime?)null), (s.State, s.Attempts, s.DeliveredUtc)));
            await context.Database.ExecuteSqlRawAsync("ALTER TABLE \"OutboxEventsAway\" RENAME TO \"OutboxEvents\"");
            Assert.Equal(0, await context.OutboxEvents.CountAsync());
        }
        Assert.Equal(3, await dispatcher.RunOnceAsync("arbo", target, default));

        Assert.Equal(3, Directory.GetFiles(receiver.Path).Length);
        await using var after = database.Database.CreateContext();
        Assert.Equal(3, await after.LedgerMessages.CountAsync(m => m.State == LedgerState.Delivered && m.Attempts == 1));
        Assert.Equal(3, await after.OutboxEvents.CountAsync(e => e.Type == nameof(SiviMessageDelivered)));
    }

    private static DeliveryDispatcher Dispatcher(GatewayDatabase database) =>
        new(database, TimeProvider.System, new DeliveryRetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero, MaxAttempts = 3 },
            new PartnerOutages(database, TimeProvider.System, new OutageProbeOptions(), NullLogger<PartnerOutages>.Instance), NullLogger<DeliveryDispatcher>.Instance);

    private static async Task AddAsync(GatewayDatabase database, params (string Case, int Sequence)[] messages)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync();
        await LedgerWriter.AddAllAsync(context, "arbo", messages.Select(m => new NewLedgerMessage("arbo", "Verzuimmeldingen", "2025", m.Case,
            $"{m.Case}-{m.Sequence:D3}", LedgerFixture.FileName(m.Case, m.Sequence), Body(m.Case))), DateTime.UtcNow, default);
        await transaction.CommitAsync();
    }

    private static long Microseconds(DateTime time) => time.Ticks / 10;

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("gateway-receiver-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    private static byte[] Body(string caseKey) => Encoding.UTF8.GetBytes($"<Verzuimmeldingen case=\"{caseKey}\"/>");
}

using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Outages;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Retour;
using Gateway.Outbound.Tests.Ledger;
using Gateway.Transport.Files;
using Gateway.Transport.Sftp.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Outbound.Tests.Deliver;

/// <summary>
/// A partner that cannot be reached pauses its account instead of failing its messages: one alert, probes with
/// backoff, the messages untouched (no attempts, no uitval) however long it lasts, and the first delivery that gets
/// through ends the outage and delivers everything in order. The account's Retourmelding intake shares the outage.
/// </summary>
public sealed class DeliveryOutageTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_unreachable_partner_pauses_the_account_with_one_alert_and_the_first_delivery_after_it_ends_the_outage()
    {
        var clock = new ManualTimeProvider(Start);
        await using var ledger = await LedgerFixture.CreateAsync(clock);
        await ledger.AddAsync("arbo", "A", 1);
        await ledger.AddAsync("arbo", "B", 1);
        await ledger.AddAsync("arbo", "A", 2);
        await using var target = new ScriptedTarget(ledger.Target()) { Unreachable = true };

        Assert.Equal(0, await ledger.Dispatcher.RunOnceAsync("arbo", target, default));
        Assert.Equal(1, target.Attempts); // the run stops at the first sign that the partner is away
        var outage = Assert.IsType<PartnerOutage>(await ledger.Outages.FindAsync("arbo", default));
        Assert.Equal(1, outage.Failures);
        Assert.InRange(outage.NextProbeUtc, (Start + TimeSpan.FromSeconds(10)).UtcDateTime, (Start + TimeSpan.FromSeconds(12)).UtcDateTime);
        Assert.Contains("Connection refused", outage.LastError, StringComparison.Ordinal);

        Assert.Equal(0, await ledger.Dispatcher.RunOnceAsync("arbo", target, default));
        Assert.Equal(1, target.Attempts); // paused: nothing is tried before the probe is due

        // far longer than the whole per-message schedule (3 attempts): every probe fails, no message does
        for (var probe = 2; probe <= 12; probe++)
        {
            clock.Advance(TimeSpan.FromMinutes(6));
            Assert.Equal(0, await ledger.Dispatcher.RunOnceAsync("arbo", target, default));
            Assert.Equal(probe, target.Attempts);
        }
        outage = (await ledger.Outages.FindAsync("arbo", default))!;
        Assert.Equal(12, outage.Failures);
        Assert.InRange(outage.NextProbeUtc - clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6)); // capped backoff
        await using (var during = ledger.Database.CreateContext())
        {
            Assert.All(await during.LedgerMessages.ToListAsync(), m => Assert.Equal((LedgerState.Queued, 0, (DateTime?)null), (m.State, m.Attempts, m.NextAttemptUtc)));
            var alert = Assert.Single(await during.Uitval.ToListAsync());
            Assert.Equal((UitvalStage.Connection, UitvalStatus.Open, "arbo", outage.AlertId), (alert.Stage, alert.Status, alert.Account, (long?)alert.Id));
        }

        target.Unreachable = false;
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(3, await ledger.Dispatcher.RunOnceAsync("arbo", target, default));

        Assert.Equal(["VZ_A-001.xml", "VZ_B-001.xml", "VZ_A-002.xml"], target.Order);
        Assert.Null(await ledger.Outages.FindAsync("arbo", default));
        await using var context = ledger.Database.CreateContext();
        var closed = Assert.Single(await context.Uitval.ToListAsync());
        Assert.Equal((UitvalStatus.Resolved, PartnerOutages.SystemUser), (closed.Status, closed.ResolvedBy));
        Assert.Equal(["account.unreachable", "account.reachable"], await context.AuditLog.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.All(await context.LedgerMessages.ToListAsync(), m => Assert.Equal((LedgerState.Delivered, 1), (m.State, m.Attempts)));
    }

    [Fact]
    public async Task A_connection_lost_after_some_deliveries_keeps_them_and_pauses_the_rest_of_the_queue()
    {
        var clock = new ManualTimeProvider(Start);
        await using var ledger = await LedgerFixture.CreateAsync(clock);
        await ledger.AddAsync("arbo", "A", 1);
        await ledger.AddAsync("arbo", "A", 2);
        await ledger.AddAsync("arbo", "B", 1);
        await using var target = new DroppingTarget(new ScriptedTarget(ledger.Target()), deliverBeforeDrop: 1);

        Assert.Equal(1, await ledger.Dispatcher.RunOnceAsync("arbo", target, default));

        await using var context = ledger.Database.CreateContext();
        var states = await context.LedgerMessages.OrderBy(m => m.Id).Select(m => new { m.Berrefnr, m.State, m.Attempts }).ToListAsync();
        Assert.Equal([("A-001", LedgerState.Delivered, 1), ("A-002", LedgerState.Queued, 0), ("B-001", LedgerState.Queued, 0)], states.Select(s => (s.Berrefnr, s.State, s.Attempts)));
        Assert.NotNull(await ledger.Outages.FindAsync("arbo", default));
        Assert.Equal(UitvalStage.Connection, Assert.Single(await context.Uitval.ToListAsync()).Stage);
    }

    [Fact]
    public async Task The_Retourmelding_intake_shares_the_outage_of_its_account_and_raises_no_uitval_of_its_own()
    {
        var clock = new ManualTimeProvider(Start);
        await using var ledger = await LedgerFixture.CreateAsync(clock);
        var state = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-retour-outage-" + Guid.NewGuid().ToString("N"))).FullName;
        var partnerFolder = Directory.CreateDirectory(Path.Combine(state, "partner")).FullName;
        var intake = new RetourIntake(new RetourmeldingCorrelator(ledger.Database, clock, NullLogger<RetourmeldingCorrelator>.Instance), state, ledger.Outages,
            NullLoggerFactory.Instance, clock);
        var account = new PartnerAccountOptions { Name = "arbo", Integration = "acme", Retourmeldingen = new RetourIntakeOptions { Folder = "/", StabilityInterval = TimeSpan.Zero } };
        var reachable = false;
        var opened = 0;
        Func<CancellationToken, Task<ITransferFileSystem>> open = _ =>
        {
            opened++;
            return reachable
                ? Task.FromResult<ITransferFileSystem>(new LocalFolderFileSystem(partnerFolder))
                : throw new SftpConnectionException("acme@sftp.arbo.example:22", "connect", null, "libssh: Timeout connecting");
        };
        try
        {
            Assert.Equal(0, await intake.RunOnceAsync(account, open, default));
            Assert.Equal(0, await intake.RunOnceAsync(account, open, default)); // paused until the probe is due
            clock.Advance(TimeSpan.FromSeconds(13));
            Assert.Equal(0, await intake.RunOnceAsync(account, open, default));

            Assert.Equal(2, opened);
            Assert.Equal(2, (await ledger.Outages.FindAsync("arbo", default))!.Failures);
            await using (var context = ledger.Database.CreateContext())
            {
                var alert = Assert.Single(await context.Uitval.ToListAsync());
                Assert.Equal((UitvalStage.Connection, "Retourmeldingen"), (alert.Stage, alert.Connector));
            }

            reachable = true;
            clock.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(0, await intake.RunOnceAsync(account, open, default));
            Assert.Null(await ledger.Outages.FindAsync("arbo", default));
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    /// <summary>Delivers the first files, then the connection drops (SFTP "connection lost") for every further file.</summary>
    private sealed class DroppingTarget(ScriptedTarget inner, int deliverBeforeDrop) : Gateway.Transport.Delivery.IDeliveryTarget
    {
        private int _delivered;

        public async Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
        {
            if (_delivered++ >= deliverBeforeDrop)
            {
                throw new SftpException("acme@sftp.arbo.example:22", "upload", "/in/" + fileName, SftpStatus.ConnectionLost, "libssh: Socket error: disconnected");
            }
            await inner.DeliverAsync(fileName, content, cancellationToken);
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}

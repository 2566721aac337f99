using Gateway.Contracts;
using Gateway.Core.Bus;
using Gateway.Host.Tests.Support;
using MassTransit;

namespace Gateway.Core.Tests.Bus;

/// <summary>
/// The gateway bus on both transports: in-memory always, and a real RabbitMQ broker where it is installed
/// (<see cref="RabbitMqBusTests"/> reports when it is not).
/// </summary>
[Collection(RabbitMqGroup.Name)]
public sealed class GatewayBusTests(RabbitMqServer rabbit)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(BusTestHost.Transports), MemberType = typeof(BusTestHost))]
    public async Task Every_contract_published_reaches_a_subscribed_consumer(string transport)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await using var host = await BusTestHost.StartAsync(BusTestHost.Settings(transport, rabbit, UniquePrefix()), timeout.Token);
        var id = Guid.NewGuid();
        var delivered = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);
        var berrefnr = "BER-" + Guid.NewGuid().ToString("N");

        await host.Publisher.Publish(new SiviMessageValidated(id, "arbo-noord", "Verzuimmelding", "2024", "case-17"), timeout.Token);
        await host.Publisher.Publish(new SiviMessageDelivered(id, "arbo-noord", delivered, "VZ_000123.xml"), timeout.Token);
        await host.Publisher.Publish(new RetourmeldingReceived(id, "arbo-noord", "BER-000123", false, 2), timeout.Token);
        await host.Publisher.Publish(new SiviMessageReceived("acme", "VZ_1.xml", "Verzuimmeldingen", "2024", berrefnr, "<Verzuimmeldingen/>",
            [new ReceivedAbsenceCase("W1", "E1", "C1", 1, "01", "Ziekte", "Z")], delivered), timeout.Token);

        var validated = await host.Inbox.WaitForAsync<SiviMessageValidated>(m => m.MessageId == id, timeout.Token);
        Assert.Equal(new SiviMessageValidated(id, "arbo-noord", "Verzuimmelding", "2024", "case-17"), validated);
        var delivery = await host.Inbox.WaitForAsync<SiviMessageDelivered>(m => m.MessageId == id, timeout.Token);
        Assert.Equal(delivered, delivery.DeliveredAt);
        Assert.Equal("VZ_000123.xml", delivery.TargetFileName);
        var retour = await host.Inbox.WaitForAsync<RetourmeldingReceived>(m => m.MessageId == id, timeout.Token);
        Assert.Equal(new RetourmeldingReceived(id, "arbo-noord", "BER-000123", false, 2), retour);
        var received = await host.Inbox.WaitForAsync<SiviMessageReceived>(m => m.Berrefnr == berrefnr, timeout.Token);
        Assert.Equal("C1", Assert.Single(received.Absences).VrzmgvlId);
        Assert.Equal(delivered, received.AppliedAt);
    }

    [Theory]
    [MemberData(nameof(BusTestHost.Transports), MemberType = typeof(BusTestHost))]
    public async Task A_transient_fault_is_retried_until_the_consumer_succeeds(string transport)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await using var host = await BusTestHost.StartAsync(BusTestHost.Settings(transport, rabbit, UniquePrefix()), timeout.Token);
        var id = Guid.NewGuid();

        await host.Publisher.Publish(new FlakyWork(id, FailuresBeforeSuccess: 2), timeout.Token);

        var done = await host.Inbox.WaitForAsync<FlakyWorkDone>(d => d.Id == id, timeout.Token);
        Assert.Equal(3, done.Attempts);
        Assert.Equal(3, host.Inbox.Attempts(id));
    }

    [Theory]
    [MemberData(nameof(TransportsAndFaults))]
    public async Task A_consumer_that_keeps_failing_ends_in_a_published_fault(string transport, bool transient)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await using var host = await BusTestHost.StartAsync(BusTestHost.Settings(transport, rabbit, UniquePrefix()), timeout.Token);
        var id = Guid.NewGuid();

        await host.Publisher.Publish(new DoomedWork(id, transient), timeout.Token);

        var fault = await host.Inbox.WaitForAsync<Fault<DoomedWork>>(f => f.Message.Id == id, timeout.Token);
        var exception = Assert.Single(fault.Exceptions);
        Assert.Equal(transient ? typeof(TransientFaultException).FullName : typeof(InvalidOperationException).FullName, exception.ExceptionType);
        // transient faults get the configured retries, permanent ones none
        Assert.Equal(transient ? BusTestHost.RetryLimit + 1 : 1, host.Inbox.Attempts(id));
    }

    public static TheoryData<string, bool> TransportsAndFaults()
    {
        var data = new TheoryData<string, bool>();
        foreach (var transport in BusTestHost.Transports())
        {
            data.Add(transport, true);
            data.Add(transport, false);
        }
        return data;
    }

    internal static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..8];
}

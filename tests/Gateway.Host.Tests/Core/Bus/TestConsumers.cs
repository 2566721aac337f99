using Gateway.Contracts;
using Gateway.Core.Bus;
using MassTransit;

namespace Gateway.Core.Tests.Bus;

/// <summary>Subscribes to every published gateway event and records it.</summary>
public sealed class GatewayEventsConsumer(MessageInbox inbox) :
    IConsumer<SiviMessageValidated>, IConsumer<SiviMessageDelivered>, IConsumer<RetourmeldingReceived>, IConsumer<SiviMessageReceived>,
    IConsumer<IncomingItemReceived>, IConsumer<DossierItemDelivered>
{
    public Task Consume(ConsumeContext<SiviMessageValidated> context) => Record(context.Message);

    public Task Consume(ConsumeContext<SiviMessageDelivered> context) => Record(context.Message);

    public Task Consume(ConsumeContext<RetourmeldingReceived> context) => Record(context.Message);

    public Task Consume(ConsumeContext<SiviMessageReceived> context) => Record(context.Message);

    public Task Consume(ConsumeContext<IncomingItemReceived> context) => Record(context.Message);

    public Task Consume(ConsumeContext<DossierItemDelivered> context) => Record(context.Message);

    private Task Record(object message)
    {
        inbox.Add(message);
        return Task.CompletedTask;
    }
}

public sealed class FlakyWorkConsumer(MessageInbox inbox) : IConsumer<FlakyWork>
{
    public Task Consume(ConsumeContext<FlakyWork> context)
    {
        var attempt = inbox.CountAttempt(context.Message.Id);
        if (attempt <= context.Message.FailuresBeforeSuccess)
        {
            throw new TimeoutException($"attempt {attempt}: the receiver did not answer in time");
        }
        inbox.Add(new FlakyWorkDone(context.Message.Id, attempt));
        return Task.CompletedTask;
    }
}

public sealed class DoomedWorkConsumer(MessageInbox inbox) : IConsumer<DoomedWork>
{
    public Task Consume(ConsumeContext<DoomedWork> context)
    {
        var attempt = inbox.CountAttempt(context.Message.Id);
        throw context.Message.Transient
            ? new TransientFaultException($"attempt {attempt}: receiver busy")
            : new InvalidOperationException($"attempt {attempt}: the message can never be delivered");
    }
}

/// <summary>Observes the faults MassTransit publishes when a consumer gave up.</summary>
public sealed class DoomedWorkFaultConsumer(MessageInbox inbox) : IConsumer<Fault<DoomedWork>>
{
    public Task Consume(ConsumeContext<Fault<DoomedWork>> context)
    {
        inbox.Add(context.Message);
        return Task.CompletedTask;
    }
}

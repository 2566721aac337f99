using System.Text.Json;
using Gateway.Host.Bus.Contracts;
using Gateway.Host.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Ledger;

/// <summary>
/// Publishes outbox events on the bus, oldest first, and deletes each once published. A crash after publishing and
/// before deleting publishes it again: events are at-least-once and carry their message id for idempotent consumers.
/// </summary>
public sealed class OutboxPublisher(GatewayDatabase database, IPublishEndpoint bus)
{
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var pending = await context.OutboxEvents.OrderBy(e => e.Id).Take(500).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in pending)
        {
            await PublishAsync(entry, cancellationToken).ConfigureAwait(false);
            context.OutboxEvents.Remove(entry);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        return pending.Count;
    }

    private Task PublishAsync(OutboxEvent entry, CancellationToken cancellationToken) => entry.Type switch
    {
        nameof(SiviMessageValidated) => bus.Publish(Read<SiviMessageValidated>(entry), cancellationToken),
        nameof(SiviMessageDelivered) => bus.Publish(Read<SiviMessageDelivered>(entry), cancellationToken),
        nameof(RetourmeldingReceived) => bus.Publish(Read<RetourmeldingReceived>(entry), cancellationToken),
        nameof(UitvalRaised) => bus.Publish(Read<UitvalRaised>(entry), cancellationToken),
        nameof(SiviMessageReceived) => bus.Publish(Read<SiviMessageReceived>(entry), cancellationToken),
        _ => throw new InvalidOperationException($"outbox event {entry.Id} has unknown type {entry.Type}"),
    };

    private static T Read<T>(OutboxEvent entry) =>
        JsonSerializer.Deserialize<T>(entry.Payload) ?? throw new InvalidOperationException($"outbox event {entry.Id} is empty");
}

using System.Text.Json;
using Gateway.Contracts;
using Gateway.Core.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Outbox;

/// <summary>
/// Publishes outbox events on the bus, oldest first, one at a time, and deletes them once published, a group of up
/// to <see cref="DeleteEvery"/> in one statement (a commit per event would cost more than the publishing). A crash
/// after publishing and before deleting publishes those again: events are at-least-once and carry their message id
/// for idempotent consumers.
/// </summary>
public sealed class OutboxPublisher(GatewayDatabase database, IPublishEndpoint bus)
{
    private const int DeleteEvery = 100;

    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var pending = await context.OutboxEvents.AsNoTracking().OrderBy(e => e.Id).Take(500).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var group in pending.Chunk(DeleteEvery))
        {
            var published = new List<long>(group.Length);
            try
            {
                foreach (var entry in group)
                {
                    await PublishAsync(entry, cancellationToken).ConfigureAwait(false);
                    published.Add(entry.Id);
                }
            }
            finally
            {
                if (published.Count > 0)
                {
                    await context.OutboxEvents.Where(e => published.Contains(e.Id)).ExecuteDeleteAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        return pending.Count;
    }

    private Task PublishAsync(OutboxEvent entry, CancellationToken cancellationToken) => entry.Type switch
    {
        nameof(SiviMessageValidated) => bus.Publish(Read<SiviMessageValidated>(entry), cancellationToken),
        nameof(SiviMessageDelivered) => bus.Publish(Read<SiviMessageDelivered>(entry), cancellationToken),
        nameof(RetourmeldingReceived) => bus.Publish(Read<RetourmeldingReceived>(entry), cancellationToken),
        nameof(SiviMessageReceived) => bus.Publish(Read<SiviMessageReceived>(entry), cancellationToken),
        nameof(IncomingItemReceived) => bus.Publish(Read<IncomingItemReceived>(entry), cancellationToken),
        nameof(DossierItemDelivered) => bus.Publish(Read<DossierItemDelivered>(entry), cancellationToken),
        _ => throw new InvalidOperationException($"outbox event {entry.Id} has unknown type {entry.Type}"),
    };

    private static T Read<T>(OutboxEvent entry) =>
        JsonSerializer.Deserialize<T>(entry.Payload) ?? throw new InvalidOperationException($"outbox event {entry.Id} is empty");
}

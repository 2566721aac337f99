using System.Text.Json;
using Gateway.Core.Persistence;

namespace Gateway.Core.Outbox;

/// <summary>Adds an event to the outbox in the caller's unit of work; the outbox publisher sends it on the bus after commit.</summary>
public static class OutboxWriter
{
    public static void Add<TEvent>(GatewayDbContext context, TEvent @event, DateTime now) where TEvent : class =>
        context.OutboxEvents.Add(Entry(@event, now));

    /// <summary>The outbox row for <paramref name="event"/>, for a unit of work on another context of the same database.</summary>
    public static OutboxEvent Entry<TEvent>(TEvent @event, DateTime now) where TEvent : class =>
        new() { Type = typeof(TEvent).Name, Payload = JsonSerializer.Serialize(@event), CreatedUtc = now };
}

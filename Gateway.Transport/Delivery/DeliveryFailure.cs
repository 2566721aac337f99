namespace Gateway.Transport.Delivery;

/// <summary>A delivery attempt failed; <see cref="Transient"/> failures are retried with backoff, the rest become uitval.</summary>
public sealed class DeliveryFailureException(string message, bool transient, Exception? inner = null) : Exception(message, inner)
{
    public bool Transient { get; } = transient;
}

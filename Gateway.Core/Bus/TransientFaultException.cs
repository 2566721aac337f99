namespace Gateway.Core.Bus;

/// <summary>
/// Thrown by a consumer to say "this may work if tried again" (a receiver that is briefly down, a lock held by
/// another node). The bus retries it with backoff; any exception not recognised by <see cref="TransientFaults"/>
/// faults the message at once.
/// </summary>
public sealed class TransientFaultException : Exception
{
    public TransientFaultException()
    {
    }

    public TransientFaultException(string message)
        : base(message)
    {
    }

    public TransientFaultException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

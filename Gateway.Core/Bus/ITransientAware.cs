namespace Gateway.Core.Bus;

/// <summary>
/// An exception that knows whether another attempt may succeed (e.g. an AFAS error: 5xx and timeouts are, 401 is not);
/// <see cref="TransientFaults"/> asks it instead of guessing from its type.
/// </summary>
public interface ITransientAware
{
    bool IsTransient { get; }
}

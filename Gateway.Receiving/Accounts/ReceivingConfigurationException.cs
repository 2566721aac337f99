namespace Gateway.Receiving.Accounts;

/// <summary>The receiving configuration breaks one or more rules; <see cref="Problems"/> lists them all.</summary>
public sealed class ReceivingConfigurationException : Exception
{
    public ReceivingConfigurationException(IReadOnlyList<string> problems)
        : base("receiving configuration is invalid: " + string.Join("; ", problems)) => Problems = problems;

    public ReceivingConfigurationException()
        : this([])
    {
    }

    public ReceivingConfigurationException(string message)
        : base(message) => Problems = [message];

    public ReceivingConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; }
}

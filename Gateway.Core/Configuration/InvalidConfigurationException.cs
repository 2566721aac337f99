namespace Gateway.Core.Configuration;

/// <summary>
/// The configuration cannot be used: a file is missing or not JSON, or settings break their rules. <see cref="Problems"/>
/// holds one line per problem, each naming its file or configuration path; the command line prints them and exits 2.
/// </summary>
public sealed class InvalidConfigurationException : InvalidOperationException
{
    public InvalidConfigurationException(IReadOnlyList<string> problems)
        : base("the configuration is invalid: " + string.Join("; ", problems)) => Problems = problems;

    public InvalidConfigurationException(IReadOnlyList<string> problems, Exception innerException)
        : base("the configuration is invalid: " + string.Join("; ", problems), innerException) => Problems = problems;

    public InvalidConfigurationException()
        : this([])
    {
    }

    public InvalidConfigurationException(string message)
        : base(message) => Problems = [message];

    public InvalidConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; }
}

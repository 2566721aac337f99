namespace Gateway.Host.Mapping.Conversion;

/// <summary>What a conversion run produced: valid messages in sending order, failures (uitval), skips and notes.</summary>
public sealed class ConversionResult
{
    public List<ConvertedMessage> Messages { get; } = [];

    public List<ConversionFailure> Failures { get; } = [];

    public List<ConversionSkip> Skipped { get; } = [];

    public List<ConversionNote> Notes { get; } = [];

    public bool HasFailures => Failures.Count > 0;
}

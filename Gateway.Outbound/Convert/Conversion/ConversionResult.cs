namespace Gateway.Outbound.Convert.Conversion;

/// <summary>What a conversion run produced: valid messages in sending order, failures (uitval), skips and notes.</summary>
public sealed class ConversionResult : IConversionSink
{
    public List<ConvertedMessage> Messages { get; } = [];

    public List<ConversionFailure> Failures { get; } = [];

    public List<ConversionSkip> Skipped { get; } = [];

    public List<ConversionNote> Notes { get; } = [];

    public bool HasFailures => Failures.Count > 0;

    /// <summary>Appends everything <paramref name="part"/> holds.</summary>
    public void Add(ConversionResult part)
    {
        Messages.AddRange(part.Messages);
        Failures.AddRange(part.Failures);
        Skipped.AddRange(part.Skipped);
        Notes.AddRange(part.Notes);
    }

    ValueTask IConversionSink.AddAsync(ConversionResult part, CancellationToken cancellationToken)
    {
        Add(part);
        return ValueTask.CompletedTask;
    }
}

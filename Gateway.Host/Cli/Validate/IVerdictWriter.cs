namespace Gateway.Host.Cli.Validate;

/// <summary>Prints verdicts as they arrive, in the order they are given.</summary>
internal interface IVerdictWriter
{
    ValueTask WriteAsync(FileVerdict verdict);
}

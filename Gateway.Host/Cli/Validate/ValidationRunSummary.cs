namespace Gateway.Host.Cli.Validate;

/// <summary>Counts of one run's verdicts, and the exit code they lead to.</summary>
internal sealed class ValidationRunSummary
{
    public int Valid { get; private set; }

    public int Invalid { get; private set; }

    public int IoErrors { get; private set; }

    public int Files => Valid + Invalid + IoErrors;

    public void Count(FileVerdict verdict)
    {
        if (verdict.IsIoError)
        {
            IoErrors++;
        }
        else if (verdict.IsValid)
        {
            Valid++;
        }
        else
        {
            Invalid++;
        }
    }

    /// <summary>0 when all files are valid, 1 when any is invalid, 2 when any path could not be read.</summary>
    public int ExitCode => IoErrors > 0 ? GatewayCli.UsageOrIoError : Invalid > 0 ? 1 : 0;

    public override string ToString() => $"{Files} files: {Valid} valid, {Invalid} invalid, {IoErrors} unreadable";
}

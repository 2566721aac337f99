using System.Globalization;
using System.Text;
using Gateway.Host.Cli.Progress;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Cli.Validate;

/// <summary>One <c>gateway validate</c> invocation: loads the schemas, validates every input and prints the verdicts.</summary>
internal sealed record ValidateRun(string[] Paths, string? Release, bool Json, TextWriter Output, TextWriter Error)
{
    public async Task<int> ExecuteAsync(SchemaRegistryOptions options, CancellationToken cancellationToken)
    {
        SchemaRegistry registry;
        try
        {
            registry = await SchemaRegistry.LoadAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (SchemaRegistryException e)
        {
            await Error.WriteLineAsync("gateway validate: " + e.Message).ConfigureAwait(false);
            return GatewayCli.UsageOrIoError;
        }
        if (registry.MessageTypes.Count == 0)
        {
            await Error.WriteLineAsync($"gateway validate: no schemas in {registry.Directory} (expected <release>/<Bericht>.xsd)").ConfigureAwait(false);
            return GatewayCli.UsageOrIoError;
        }
        if (Release is not null && !registry.HasRelease(Release))
        {
            await Error.WriteLineAsync($"gateway validate: unknown release {Release} (known: {string.Join(", ", registry.Releases)})").ConfigureAwait(false);
            return GatewayCli.UsageOrIoError;
        }
        var summary = new ValidationRunSummary();
        var redirected = RedirectedStandardOutput();
        var output = redirected ?? Output;
        // on a terminal only: a line counting the files done; the inputs are listed first to know how many there are
        using var progress = TerminalProgress.For(Output);
        var inputs = ValidationInputs.Expand(Paths);
        var total = 0;
        if (progress.Enabled)
        {
            var listed = inputs.ToList();
            total = listed.Count;
            inputs = listed;
        }
        try
        {
            IVerdictWriter writer = Json ? new JsonVerdictWriter(output) : new HumanVerdictWriter(output);
            var validation = new OrderedParallelValidation(new SiviValidator(registry), Release, Environment.ProcessorCount);
            await validation.RunAsync(inputs, async verdict =>
            {
                summary.Count(verdict);
                progress.Clear();
                await writer.WriteAsync(verdict).ConfigureAwait(false);
                progress.Report(string.Create(CultureInfo.InvariantCulture, $"validated {summary.Files:N0} of {total:N0} files"));
            }, cancellationToken).ConfigureAwait(false);
            progress.Clear();
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (redirected is not null)
            {
                await redirected.DisposeAsync().ConfigureAwait(false);
            }
        }
        if (summary.Files == 0)
        {
            await Error.WriteLineAsync("gateway validate: no XML files found").ConfigureAwait(false);
            return GatewayCli.UsageOrIoError;
        }
        await Error.WriteLineAsync("gateway validate: " + summary).ConfigureAwait(false);
        return summary.ExitCode;
    }

    /// <summary>
    /// When verdicts go to the process's standard output and that is a file or pipe, a block-buffered writer over it
    /// (the console's own writer flushes, one system call, per line); null otherwise.
    /// </summary>
    private StreamWriter? RedirectedStandardOutput() =>
        ReferenceEquals(Output, Console.Out) && Console.IsOutputRedirected
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024)
            : null;
}

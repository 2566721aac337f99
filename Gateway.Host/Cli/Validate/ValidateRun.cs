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
        IVerdictWriter writer = Json ? new JsonVerdictWriter(Output) : new HumanVerdictWriter(Output);
        var summary = new ValidationRunSummary();
        var validation = new OrderedParallelValidation(new SiviValidator(registry), Release, Environment.ProcessorCount);
        await validation.RunAsync(ValidationInputs.Expand(Paths), async verdict =>
        {
            summary.Count(verdict);
            await writer.WriteAsync(verdict).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        await Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (summary.Files == 0)
        {
            await Error.WriteLineAsync("gateway validate: no XML files found").ConfigureAwait(false);
            return GatewayCli.UsageOrIoError;
        }
        await Error.WriteLineAsync("gateway validate: " + summary).ConfigureAwait(false);
        return summary.ExitCode;
    }
}

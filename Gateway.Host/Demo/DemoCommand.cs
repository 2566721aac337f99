using System.CommandLine;
using Gateway.Host.Validation;
using Sivi.Schemas.Definitions;

namespace Gateway.Host.Demo;

/// <summary>
/// <c>gateway demo [--out DIR]</c>: the README's first command. Writes a sample message of every type for every
/// release through the typed model and validates each against the shipped schema set.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Where the sample messages are written", DefaultValueFactory = _ => Path.Combine("var", "demo", "samples") };
        var command = new Command("demo", "Write sample SIVI messages for every release and validate them") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = Path.GetFullPath(parse.GetValue(output)!);
            var written = await new SampleMessageExport(SiviDefinitions.Embedded, TimeProvider.System).WriteAsync(directory, cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"gateway demo: wrote {written} sample messages to {directory}").ConfigureAwait(false);
            var options = SchemaDirectorySetting.Resolve(null, SchemaDirectorySetting.DefaultConfiguration());
            var run = new ValidateRun([directory], null, Json: false, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return await run.ExecuteAsync(options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}

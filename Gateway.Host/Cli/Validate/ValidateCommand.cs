using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Cli.Validate;

/// <summary><c>gateway validate &lt;files-or-dirs...&gt; [--release R] [--json] [--schemas DIR]</c>.</summary>
public static class ValidateCommand
{
    /// <param name="configuration">Supplies <c>Sivi:SchemaDirectory</c>; read only when the command runs. Defaults to
    /// appsettings.json next to the executable plus environment variables.</param>
    public static Command Create(Func<IConfiguration>? configuration = null)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "XML files, and directories searched recursively for *.xml",
            Arity = ArgumentArity.OneOrMore,
        };
        var release = new Option<string?>("--release") { Description = "Validate against this release (e.g. 2024) instead of the one each document declares" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per file, one per line" };
        var schemas = new Option<string?>("--schemas") { Description = "Schema directory laid out as <dir>/<release>/<Bericht>.xsd (default: Sivi:SchemaDirectory, else the shipped xsd/)" };
        var command = new Command("validate", "Validate SIVI Verzuimstandaard messages against their release's schema")
        {
            paths,
            release,
            json,
            schemas,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = SchemaDirectorySetting.Resolve(parse.GetValue(schemas), configuration ?? SchemaDirectorySetting.DefaultConfiguration);
            var run = new ValidateRun(
                parse.GetValue(paths) ?? [],
                parse.GetValue(release),
                parse.GetValue(json),
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error);
            return await run.ExecuteAsync(options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}

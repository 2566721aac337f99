using System.CommandLine;
using Gateway.Host.Cli.Validate;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Cli.Convert;

/// <summary>
/// <c>gateway convert --input &lt;file-or-dir&gt; --connector &lt;GetConnector&gt; [--with &lt;connector&gt;=&lt;file&gt; ...]
/// [--release R] [--type &lt;Bericht&gt;] [--include-bsn] [--profile &lt;json&gt;] [--json] [--schemas DIR] --out &lt;dir&gt;</c>:
/// offline conversion of GetConnector JSON into validated SIVI files named as delivery names them.
/// Exit 0 when nothing fell out, 1 when something did, 2 for usage or I/O errors.
/// </summary>
public static class ConvertCommand
{
    /// <param name="configuration">Supplies <c>Sivi:SchemaDirectory</c>; read only when the command runs.</param>
    public static Command Create(Func<IConfiguration>? configuration = null)
    {
        var input = new Option<string>("--input") { Description = "GetConnector JSON ({\"skip\",\"take\",\"rows\"} or an array of rows), or a directory of such files", Required = true };
        var connector = new Option<string>("--connector") { Description = "The GetConnector the input is from, e.g. Newdays_Connect_Verzuim_v1 or Verzuim", Required = true };
        var with = new Option<string[]>("--with")
        {
            Description = "Current state of another connector the mapping needs, as <connector>=<file-or-dir> (repeatable)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var release = new Option<string?>("--release") { Description = "SIVI release (jaargang), e.g. 2024; overrides the profile's Release" };
        var type = new Option<string?>("--type") { Description = "Produce only this message type: Verzuimmeldingen, Dienstverbanden, WerknemersGegevens or WerkgeversGegevensBasisregistratie (or VZ, DV, WN, WG)" };
        var includeBsn = new Option<bool>("--include-bsn") { Description = "Send the BSN (SofiNr) where the message type carries it" };
        var profile = new Option<string?>("--profile") { Description = "Mapping profile (JSON with the MappingProfile properties); without it employers are identified by their Werkgeverscode" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per message, uitval, skip and note" };
        var schemas = new Option<string?>("--schemas") { Description = "Schema directory <dir>/<release>/<Bericht>.xsd to validate against (default: Sivi:SchemaDirectory, else the shipped xsd/)" };
        var output = new Option<string>("--out") { Description = "Directory the XML files are written to (created when missing)", Required = true };
        var command = new Command("convert", "Convert AFAS GetConnector JSON into validated SIVI Verzuimstandaard messages")
        {
            input, connector, with, release, type, includeBsn, profile, json, schemas, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var run = new ConvertRun(
                parse.GetValue(input)!,
                parse.GetValue(connector)!,
                parse.GetValue(with) ?? [],
                parse.GetValue(release),
                parse.GetValue(type),
                parse.GetValue(includeBsn),
                parse.GetValue(profile),
                parse.GetValue(json),
                parse.GetValue(output)!,
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error);
            var schemaOptions = SchemaDirectorySetting.Resolve(parse.GetValue(schemas), (configuration ?? SchemaDirectorySetting.DefaultConfiguration)());
            return await run.ExecuteAsync(schemaOptions, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}

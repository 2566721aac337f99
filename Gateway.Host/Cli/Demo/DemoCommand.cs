using System.CommandLine;
using Afas.Simulator.Hosting;
using Gateway.Host.Demo;
using Sivi.Schemas.Definitions;

namespace Gateway.Host.Cli.Demo;

/// <summary>
/// <c>gateway demo [--employees N] [--no-serve] [--samples DIR]</c>: the README's first command. Runs the whole product
/// on embedded defaults (see <see cref="DemoRun"/>); <c>--samples</c> only writes and validates a sample message of every
/// type for every release.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var employees = new Option<int>("--employees") { Description = "Size of the simulated AFAS dataset", DefaultValueFactory = _ => 200 };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the first sync instead of running the service" };
        var uiPort = new Option<int>("--ui-port") { Description = "Port of the admin UI on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var work = new Option<string>("--work")
        {
            Description = "Working folder (database, receiver folder, configuration); emptied first — only a new or empty folder, or one an earlier demo made",
            DefaultValueFactory = _ => Path.Combine("var", "demo"),
        };
        employees.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < AfasSimulatorOptions.MinEmployees or > AfasSimulatorOptions.MaxEmployees)
            {
                result.AddError($"--employees must be {AfasSimulatorOptions.MinEmployees} to {AfasSimulatorOptions.MaxEmployees}");
            }
        });
        uiPort.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                result.AddError("--ui-port must be 1 to 65535");
            }
        });
        work.Validators.Add(result =>
        {
            if (DemoWorkFolder.Refusal(Path.GetFullPath(result.GetValueOrDefault<string>()!)) is { } refusal)
            {
                result.AddError(refusal);
            }
        });
        var samples = new Option<string?>("--samples") { Description = "Only write sample messages of every type and release to this folder and validate them" };
        var command = new Command("demo", "Run the gateway end to end on embedded defaults against the AFAS simulator") { employees, noServe, uiPort, work, samples };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(samples) is { } samplesFolder)
            {
                var directory = Path.GetFullPath(samplesFolder);
                var written = await new SampleMessageExport(SiviDefinitions.Embedded, TimeProvider.System).WriteAsync(directory, cancellationToken).ConfigureAwait(false);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"gateway demo: wrote {written} sample messages to {directory}").ConfigureAwait(false);
                var options = Validate.SchemaDirectorySetting.Resolve(null, Validate.SchemaDirectorySetting.DefaultConfiguration());
                return await new Validate.ValidateRun([directory], null, Json: false, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error)
                    .ExecuteAsync(options, cancellationToken).ConfigureAwait(false);
            }
            var run = new DemoRun(Path.GetFullPath(parse.GetValue(work)!), parse.GetValue(employees), !parse.GetValue(noServe), parse.GetValue(uiPort), parse.InvocationConfiguration.Output);
            return await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}

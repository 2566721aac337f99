using System.CommandLine;
using Gateway.Core.Overviews;
using Gateway.Receiving;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Register;
using Gateway.Receiving.Startup;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Accounts;

/// <summary>
/// <c>gateway accounts import-overview --account A [--employees F] [--cases F] [--user U]</c>: the start-up procedure's
/// overviews (seed 003; CSV or Excel .xlsx, columns in docs/receiving.md) into the receiving register, before processing
/// is restarted. All or nothing; every bad row is printed; audited.
/// </summary>
public static class ImportOverviewCommand
{
    public static Command Create(Option<string?> config)
    {
        var account = new Option<string>("--account") { Required = true };
        var employees = new Option<FileInfo?>("--employees") { Description = "CSV or .xlsx of the employees currently absent" };
        var cases = new Option<FileInfo?>("--cases") { Description = "CSV or .xlsx of the absence cases open or closed in the last 28 days" };
        var user = new Option<string>("--user") { Description = "Who (audit log)", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("import-overview", "Import the start-up overviews of a receiving account") { account, employees, cases, user };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var (_, services) = await CliServices.OpenAsync(parse.GetValue(config), ct, (s, c) => s.AddGatewayReceiving(c)).ConfigureAwait(false);
            if (!services.GetRequiredService<ReceivingAccountCatalog>().TryGet(parse.GetValue(account)!, out var receiving) || receiving is null)
            {
                await error.WriteLineAsync($"gateway accounts: no receiving account {parse.GetValue(account)}").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            var employeesFile = parse.GetValue(employees);
            var casesFile = parse.GetValue(cases);
            if (employeesFile is null && casesFile is null)
            {
                await error.WriteLineAsync("gateway accounts import-overview: give --employees and/or --cases").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            await services.GetRequiredService<ReceivingDatabase>().MigrateAsync(ct).ConfigureAwait(false);
            await using var employeesStream = employeesFile?.OpenRead();
            await using var casesStream = casesFile?.OpenRead();
            var result = await services.GetRequiredService<StartupOverviewImporter>().ImportAsync(receiving,
                employeesStream is null ? null : new OverviewFile(employeesFile!.Name, employeesStream),
                casesStream is null ? null : new OverviewFile(casesFile!.Name, casesStream), parse.GetValue(user)!, ct).ConfigureAwait(false);
            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
            }
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"employees: {result.EmployeesAdded} added, {result.EmployeesKnown} already known; cases: {result.CasesAdded} added, {result.CasesKnown} already known").ConfigureAwait(false);
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }
}

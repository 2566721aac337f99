using System.CommandLine;
using System.Globalization;
using Gateway.Core.Accounts;
using Gateway.Core.Overviews;
using Gateway.Core.Persistence;
using Gateway.Outbound.Overviews;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.Overview;

/// <summary>
/// <c>gateway overview export --account A --as-of DATE [--format csv|xlsx] [--out FOLDER]</c>: the two start-up overviews
/// for a sending account's partner (<see cref="StartupOverviewExport"/>), written as <c>A_werknemers_DATE</c> and
/// <c>A_verzuim_DATE</c>, as CSV and .xlsx unless <c>--format</c> picks one; existing files are not overwritten. They
/// contain personal data: hand them to the partner over a secure channel.
/// </summary>
public static class OverviewCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var account = new Option<string>("--account") { Description = "The sending account of the new partner", Required = true };
        var asOf = new Option<string>("--as-of") { Description = "The day the overviews describe (yyyy-MM-dd)", Required = true };
        var format = new Option<string?>("--format") { Description = "csv or xlsx (default: both)" };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write to (default: the current one)", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var export = new Command("export", "Write the employees and absence cases overviews of a sending account") { config, account, asOf, format, output };
        export.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!DateOnly.TryParseExact(parse.GetValue(asOf), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                await error.WriteLineAsync("gateway overview export: --as-of must be a date yyyy-MM-dd").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            OverviewFormat[] formats = parse.GetValue(format)?.ToLowerInvariant() switch
            {
                null => [OverviewFormat.Csv, OverviewFormat.Xlsx],
                "csv" => [OverviewFormat.Csv],
                "xlsx" => [OverviewFormat.Xlsx],
                _ => [],
            };
            var folder = parse.GetValue(output)!;
            if (formats.Length == 0 || !folder.Exists)
            {
                await error.WriteLineAsync(formats.Length == 0 ? "gateway overview export: --format must be csv or xlsx" : $"gateway overview export: folder {folder.FullName} does not exist")
                    .ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            var (_, services) = await CliServices.OpenAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var name = parse.GetValue(account)!;
            if (!services.GetRequiredService<AccountCatalog>().All.Any(a => a.Name == name))
            {
                await error.WriteLineAsync($"gateway overview export: sending account '{name}' is not configured").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            var overviews = await new StartupOverviewExport(services.GetRequiredService<GatewayDatabase>()).ExportAsync(name, day, cancellationToken).ConfigureAwait(false);
            foreach (var kind in formats)
            {
                var extension = kind == OverviewFormat.Csv ? "csv" : "xlsx";
                foreach (var (label, header, rows) in new[] { ("werknemers", StartupOverviewColumns.Employees, overviews.Employees), ("verzuim", StartupOverviewColumns.Cases, overviews.Cases) })
                {
                    var path = Path.Combine(folder.FullName, $"{name}_{label}_{day:yyyy-MM-dd}.{extension}");
                    await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                    await OverviewTable.WriteAsync(file, kind, header, rows, cancellationToken).ConfigureAwait(false);
                    await parse.InvocationConfiguration.Output.WriteLineAsync($"{path}: {rows.Count} rows").ConfigureAwait(false);
                }
            }
            return 0;
        });
        return new Command("overview", "Start-up overviews (seed 003) for a new partner") { export };
    }
}

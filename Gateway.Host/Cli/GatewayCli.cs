using System.CommandLine;
using Gateway.Core.Configuration;
using Gateway.Core.Persistence;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Cli;

/// <summary>The `gateway` command line: each feature folder under Cli/ contributes its own commands here.</summary>
public static class GatewayCli
{
    /// <summary>Exit code for usage errors, I/O failures, configuration that cannot be used and a damaged database.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>Set in an exception's <see cref="Exception.Data"/> when the configuration asks for Debug logging: its stack trace is then printed too.</summary>
    public const string ShowStackTraceKey = "gateway.show-stack-trace";

    private const string Description = "SIVI Verzuimstandaard gateway: AFAS Profit to arbodiensten over SFTP.";

    public static RootCommand Build()
    {
        var root = new RootCommand(Description);
        root.Subcommands.Add(Demo.DemoCommand.Create());
        root.Subcommands.Add(Run.RunCommand.Create());
        root.Subcommands.Add(Config.ConfigCommand.Create());
        root.Subcommands.Add(Health.HealthCommand.Create());
        root.Subcommands.Add(Validate.ValidateCommand.Create());
        root.Subcommands.Add(Convert.ConvertCommand.Create());
        root.Subcommands.Add(Simulator.AfasSimulatorCommand.Create());
        root.Subcommands.Add(Sync.SyncCommand.Create());
        root.Subcommands.Add(Employers.EmployersCommand.Create());
        root.Subcommands.Add(Accounts.AccountsCommand.Create());
        root.Subcommands.Add(Uitval.UitvalCommand.Create());
        root.Subcommands.Add(Pulls.PullsCommand.Create());
        root.Subcommands.Add(Messages.MessagesCommand.Create());
        root.Subcommands.Add(Retourmeldingen.RetourmeldingenCommand.Create());
        root.Subcommands.Add(SftpAccounts.SftpAccountsCommand.Create());
        root.Subcommands.Add(Receive.ReceiveCommand.Create());
        root.Subcommands.Add(Receiving.ReceivingCommand.Create());
        root.Subcommands.Add(Overview.OverviewCommand.Create());
        root.Subcommands.Add(Secrets.SecretsCommand.Create());
        return root;
    }

    /// <summary>
    /// The root with only <c>validate</c>: a validation run is often short, and creating the other commands (and loading
    /// what they refer to) is a noticeable part of its start-up. Parsing and help of <c>gateway validate ...</c> are the same.
    /// </summary>
    public static RootCommand BuildValidateOnly() => new(Description) { Subcommands = { Validate.ValidateCommand.Create() } };

    /// <summary>Parses and runs one command line (the process's umask is set by <c>Program</c>, not here).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = args is ["validate", ..] ? BuildValidateOnly() : Build();
        // `gateway` alone: the commands, not a complaint that one is missing
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }
            return UsageOrIoError;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (InvalidConfigurationException e)
        {
            return await ReportConfigurationAsync(e, e.Problems).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            return await ReportConfigurationAsync(e, [.. e.Failures]).ConfigureAwait(false);
        }
        catch (CorruptDatabaseException e)
        {
            // a damaged SQLite file: one line saying which file and what to do, no stack trace, the file untouched
            await Console.Error.WriteLineAsync("gateway: " + e.Message).ConfigureAwait(false);
            return UsageOrIoError;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
    }

    /// <summary>One line per problem, each naming its file or configuration path; the stack trace only when Debug logging is configured.</summary>
    private static async Task<int> ReportConfigurationAsync(Exception exception, IReadOnlyList<string> problems)
    {
        await Console.Error.WriteLineAsync($"gateway: the configuration cannot be used ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):").ConfigureAwait(false);
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync("  " + problem).ConfigureAwait(false);
        }
        if (exception.Data[ShowStackTraceKey] is true)
        {
            await Console.Error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
        }
        return UsageOrIoError;
    }
}

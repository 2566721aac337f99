using System.CommandLine;

namespace Gateway.Host.Cli;

/// <summary>The `gateway` command line: each feature folder under Cli/ contributes its own commands here.</summary>
public static class GatewayCli
{
    /// <summary>Exit code for usage errors and I/O failures (bad arguments, unreadable paths).</summary>
    public const int UsageOrIoError = 2;

    public static RootCommand Build()
    {
        var root = new RootCommand("SIVI Verzuimstandaard gateway: AFAS Profit to arbodiensten over SFTP.");
        root.Subcommands.Add(Demo.DemoCommand.Create());
        root.Subcommands.Add(Run.RunCommand.Create());
        root.Subcommands.Add(Validate.ValidateCommand.Create());
        root.Subcommands.Add(Convert.ConvertCommand.Create());
        root.Subcommands.Add(Simulator.AfasSimulatorCommand.Create());
        root.Subcommands.Add(Sync.SyncCommand.Create());
        root.Subcommands.Add(Employers.EmployersCommand.Create());
        root.Subcommands.Add(Accounts.AccountsCommand.Create());
        root.Subcommands.Add(Uitval.UitvalCommand.Create());
        root.Subcommands.Add(Messages.MessagesCommand.Create());
        root.Subcommands.Add(Retourmeldingen.RetourmeldingenCommand.Create());
        root.Subcommands.Add(SftpAccounts.SftpAccountsCommand.Create());
        root.Subcommands.Add(Receive.ReceiveCommand.Create());
        root.Subcommands.Add(Receiving.ReceivingCommand.Create());
        root.Subcommands.Add(Overview.OverviewCommand.Create());
        root.Subcommands.Add(Secrets.SecretsCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }
            return UsageOrIoError;
        }
        return await parse.InvokeAsync().ConfigureAwait(false);
    }
}

using System.CommandLine;
using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Transport.Hosted;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Cli.SftpAccounts;

/// <summary>
/// <c>gateway sftp-accounts provision [--apply]</c>: from the accounts with hosted delivery, prints (or, as root,
/// applies) the sshd configuration fragment, the chrooted system users, their outbox/inbox folders and authorized keys.
/// </summary>
public static class SftpAccountsCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var apply = new Option<bool>("--apply") { Description = "Apply the plan (root): users, folders, keys, sshd fragment" };
        var provision = new Command("provision", "Generate the hosted SFTP set-up for the configured pull accounts") { config, apply };
        provision.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = GatewayConfiguration.Build(parse.GetValue(config));
            var options = configuration.GetSection(GatewayConfiguration.HostedSftpSection).Get<HostedSftpOptions>() ?? new HostedSftpOptions();
            var accounts = AccountCatalog.Load(configuration).All
                .Where(a => a.Delivery.Kind == DeliveryKind.Hosted)
                .OrderBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => new HostedSftpAccount(a.Name, a.Delivery.Hosted.SystemUser, a.Delivery.Hosted.AuthorizedKeys))
                .ToList();
            if (accounts.Count == 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("gateway sftp-accounts: no account has Delivery:Kind Hosted").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            HostedSftpPlan plan;
            try
            {
                plan = new HostedSftpProvisioner(options).CreatePlan(accounts);
            }
            catch (ArgumentException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("gateway sftp-accounts: " + e.Message).ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            if (parse.GetValue(apply))
            {
                await new HostedSftpPlanApplier().ApplyAsync(plan, cancellationToken).ConfigureAwait(false);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"provisioned {accounts.Count} hosted accounts; reload sshd to activate").ConfigureAwait(false);
            }
            else
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(plan.ToShellScript()).ConfigureAwait(false);
            }
            return 0;
        });
        return new Command("sftp-accounts", "Hosted SFTP folders for partners that collect their files") { provision };
    }
}

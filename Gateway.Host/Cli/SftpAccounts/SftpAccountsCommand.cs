using System.CommandLine;
using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Host.Cli.Accounts;
using Gateway.Receiving.Hosted;
using Gateway.Transport.Hosted;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.SftpAccounts;

/// <summary>
/// <c>gateway sftp-accounts provision [--apply]</c>: from the accounts of both roles the gateway hosts an SFTP folder
/// for — sending accounts with <c>Delivery:Kind Hosted</c> (the partner collects) and receiving accounts of
/// <c>Kind HostedSftp</c> (the partner drops its files) — prints (or, as root, applies) the sshd configuration
/// fragment, the chrooted system users, their folders and authorized keys. <c>issue-key</c>: see <see cref="IssueKeyCommand"/>.
/// </summary>
public static class SftpAccountsCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var apply = new Option<bool>("--apply") { Description = "Apply the plan (root): users, folders, keys, sshd fragment" };
        var provision = new Command("provision", "Generate the hosted SFTP set-up for the hosted accounts of both roles") { config, apply };
        provision.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = GatewayConfiguration.Build(parse.GetValue(config));
            var options = configuration.GetSection(GatewayConfiguration.HostedSftpSection).Get<HostedSftpOptions>() ?? new HostedSftpOptions();
            var accounts = AccountCatalog.Load(configuration).All
                .Where(a => a.Delivery.Kind == DeliveryKind.Hosted)
                .OrderBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => new HostedSftpAccount(a.Name, a.Delivery.Hosted.SystemUser, a.Delivery.Hosted.AuthorizedKeys))
                .ToList();
            var services = await AccountsCommand.OpenServicesAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            accounts.AddRange(await services.GetRequiredService<HostedLogins>().ProvisioningAsync(cancellationToken).ConfigureAwait(false));
            if (accounts.Count == 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(
                    "gateway sftp-accounts: no account has Delivery:Kind Hosted and no receiving account has Kind HostedSftp").ConfigureAwait(false);
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
        return new Command("sftp-accounts", "Hosted SFTP folders for partners that collect their files or drop theirs")
        {
            provision, IssueKeyCommand.Create(),
        };
    }
}

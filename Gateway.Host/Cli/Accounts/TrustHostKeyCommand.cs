using System.CommandLine;
using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Transport.Sftp;

namespace Gateway.Host.Cli.Accounts;

/// <summary>
/// <c>gateway accounts trust-hostkey NAME</c>: connects to the account's SFTP server, shows the key it presents and the
/// exact setting that pins it. Nothing is trusted automatically: the admin checks the fingerprint with the partner and
/// puts it in the configuration.
/// </summary>
public static class TrustHostKeyCommand
{
    public static Command Create(Option<string?> config)
    {
        var name = new Argument<string>("account");
        var command = new Command("trust-hostkey", "Show the SFTP server's host key fingerprint to pin for an account") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var account = AccountCatalog.Load(GatewayConfiguration.Build(parse.GetValue(config))).Get(parse.GetValue(name)!);
            if (account.Delivery.Kind != DeliveryKind.SftpPush)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"gateway accounts: {account.Name} does not push over SFTP").ConfigureAwait(false);
                return Cli.GatewayCli.UsageOrIoError;
            }
            var sftp = account.Delivery.Sftp;
            var client = SftpClients.Create(AccountTransportOptions.Kind(account.Transport.Client, AccountCatalog.ClientPath(account.Name)));
            var key = await client.FetchHostKeyAsync(sftp.Host, sftp.Port, cancellationToken: cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"{sftp.Host}:{sftp.Port} presents {key.KeyType} {key.Fingerprint}").ConfigureAwait(false);
            await output.WriteLineAsync("Check this fingerprint with the partner, then pin it:").ConfigureAwait(false);
            await output.WriteLineAsync($"  Gateway:Accounts:{account.Name}:Delivery:Sftp:HostKey = {key.Fingerprint}").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using Gateway.Host.Cli.Accounts;
using Gateway.Receiving.Hosted;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Cli.SftpAccounts;

/// <summary>
/// <c>gateway sftp-accounts issue-key --account A --out FILE [--reason R] [--user U]</c>: issues the partner of a hosted
/// receiving account its credentials — an Ed25519 key pair whose private key (OpenSSH format, encrypted with a generated
/// passphrase) is written to FILE with mode 0600 (a new file: an existing one is never overwritten), and the passphrase
/// printed once. Only the public key is kept; issuing again rotates the key (the old one stops working at the next
/// <c>provision --apply</c>). Audited as <c>account.key.issue</c> / <c>account.key.rotate</c>.
/// </summary>
public static class IssueKeyCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var account = new Option<string>("--account") { Description = "The hosted receiving account", Required = true };
        var output = new Option<string>("--out") { Description = "New file for the encrypted private key (mode 0600)", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why (audit log)" };
        var user = new Option<string>("--user") { Description = "Who (audit log)", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("issue-key", "Issue (or rotate) the SSH key of a hosted receiving account's partner") { config, account, output, reason, user };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = Path.GetFullPath(parse.GetValue(output)!);
            var error = parse.InvocationConfiguration.Error;
            if (File.Exists(path) || !Directory.Exists(Path.GetDirectoryName(path)))
            {
                await error.WriteLineAsync($"gateway sftp-accounts issue-key: {path} exists or its folder does not; give a new file in an existing folder").ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            var services = await AccountsCommand.OpenServicesAsync(parse.GetValue(config), cancellationToken).ConfigureAwait(false);
            var logins = services.GetRequiredService<HostedLogins>();
            HostedLogin? login;
            Gateway.Transport.Hosted.IssuedSshKey key;
            bool rotated;
            try
            {
                (key, rotated) = await logins.IssueAsync(parse.GetValue(account)!, parse.GetValue(user)!, parse.GetValue(reason), cancellationToken).ConfigureAwait(false);
                login = await logins.IssuedAsync(parse.GetValue(account)!, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync("gateway sftp-accounts issue-key: " + e.Message).ConfigureAwait(false);
                return GatewayCli.UsageOrIoError;
            }
            await WritePrivateAsync(path, key.EncryptedPrivateKey, cancellationToken).ConfigureAwait(false);
            var text = parse.InvocationConfiguration.Output;
            await text.WriteLineAsync($"{(rotated ? "rotated" : "issued")} the key of {login!.Account}: user {login.UserName}, {key.Fingerprint}").ConfigureAwait(false);
            await text.WriteLineAsync($"private key (OpenSSH, encrypted): {path}").ConfigureAwait(false);
            await text.WriteLineAsync($"passphrase (shown once, not stored): {key.Passphrase}").ConfigureAwait(false);
            await text.WriteLineAsync("hand both to the partner (the passphrase by another channel), delete the file, then run: gateway sftp-accounts provision --apply")
                .ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>Creates the file with mode 0600 before anything is in it.</summary>
    private static async Task WritePrivateAsync(string path, string content, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(content), cancellationToken).ConfigureAwait(false);
    }
}

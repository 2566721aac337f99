using System.Text;
using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Hosted;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Tests.Support;
using Gateway.Transport.Hosted;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Receiving.Tests;

/// <summary>
/// A hosted receiving account against a real sshd: the gateway issues the partner an Ed25519 key (private key encrypted
/// with a generated passphrase, OpenSSH format), provisions the account from it, the partner logs in with key and
/// passphrase and drops a file the intake processes; a rotation replaces the key — the old one no longer logs in — and
/// both are audited.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class HostedLoginTests(PostgresServer postgres)
{
    [RequiresSshdFact]
    public async Task A_partner_logs_in_with_the_issued_key_and_passphrase_and_drops_a_file_that_is_processed_and_a_rotation_locks_the_old_key_out()
    {
        using var sshd = SshdServer.Start();
        var user = $"gwr{sshd.Port}";
        await File.AppendAllTextAsync(Path.Combine(sshd.RunDirectory, "extra-users"), user + "\n"); // stop-sshd.sh removes it
        var options = new HostedSftpOptions
        {
            ChrootRoot = Path.Combine(sshd.RunDirectory, "hosted"),
            AuthorizedKeysDirectory = Path.Combine(sshd.RunDirectory, "hosted-keys"),
            SshdConfigFragmentPath = Path.Combine(sshd.RunDirectory, "hosted-sftp.conf"),
        };
        var account = ReceivingHarness.DefaultAccountOptions();
        account.Kind = ReceivingAccountKind.HostedSftp;
        account.Transport = new ReceivingTransportOptions { UserName = user, RetourmeldingFolder = "outbox" };
        await using var harness = await ReceivingHarness.CreateAsync("sqlite", postgres, account);
        var gateway = new GatewayDatabase(harness.Register.Options);
        var logins = new HostedLogins(ReceivingAccountCatalog.Of(harness.Account), gateway, harness.Register, TimeProvider.System);
        var state = Directory.CreateTempSubdirectory("gateway-hosted-login-").FullName;
        try
        {
            var (issued, rotatedFirst) = await logins.IssueAsync("acme", "fb", "new partner", default);
            await ProvisionAsync(logins, options);
            var port = FreePort.Next();
            var config = HostedSshd.WriteMainConfig(sshd, port, options.SshdConfigFragmentPath);
            await using var server = await HostedSshd.StartAsync(config, port, Path.Combine(sshd.RunDirectory, "hosted-sshd.log"));

            await using (var partner = await new SftpClient().ConnectAsync(Partner(sshd, port, user, issued.EncryptedPrivateKey, issued.Passphrase)))
            {
                await partner.UploadAsync("/inbox/VZ_1.xml", new MemoryStream(ReceivingMessages.Bytes(ReceivingMessages.Absence("CASE-1", 1))));
            }
            var intake = new ReceivingIntake(harness.Processor, gateway, state, NullLoggerFactory.Instance, TimeProvider.System);
            var folders = new ReceivingFolders(new SecretProtector(new byte[32]), options, NullLoggerFactory.Instance);
            var run = await intake.RunOnceAsync(harness.Account, folders.Open(harness.Account), default);

            var (rotated, rotatedSecond) = await logins.IssueAsync("acme", "fb", null, default);
            await ProvisionAsync(logins, options);
            await using (var partner = await new SftpClient().ConnectAsync(Partner(sshd, port, user, rotated.EncryptedPrivateKey, rotated.Passphrase)))
            {
                Assert.Contains("inbox", (await partner.ListAsync("/")).Select(e => e.Name));
            }
            await Assert.ThrowsAsync<SftpAuthenticationException>(async () =>
                await (await new SftpClient().ConnectAsync(Partner(sshd, port, user, issued.EncryptedPrivateKey, issued.Passphrase))).DisposeAsync());

            Assert.False(rotatedFirst);
            Assert.True(rotatedSecond);
            Assert.Equal(ReceivedFileStatus.Processed, Assert.Single(run).Status);
            Assert.Matches("^ssh-ed25519 [A-Za-z0-9+/=]+ " + user + "@gateway ", issued.PublicKey);
            Assert.Equal(32, issued.Passphrase.Length);
            Assert.StartsWith("-----BEGIN OPENSSH PRIVATE KEY-----", issued.EncryptedPrivateKey, StringComparison.Ordinal);
            var body = Encoding.ASCII.GetString(Convert.FromBase64String(string.Concat(issued.EncryptedPrivateKey.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)))));
            Assert.Contains("aes256-ctr", body, StringComparison.Ordinal);
            Assert.Contains("bcrypt", body, StringComparison.Ordinal);
            Assert.NotEqual(issued.Fingerprint, rotated.Fingerprint);
            Assert.DoesNotContain(issued.Passphrase, issued.ToString(), StringComparison.Ordinal);
            var stored = Assert.Single(await logins.ProvisioningAsync(default));
            Assert.Equal([rotated.PublicKey], stored.AuthorizedKeys);
            await using var context = gateway.CreateContext();
            var audit = await context.AuditLog.OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(["account.key.issue", "account.key.rotate"], audit.Select(a => a.Action));
            Assert.Equal(($"{issued.Fingerprint}: new partner", rotated.Fingerprint), (audit[0].Reason, audit[1].Reason));
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private static async Task ProvisionAsync(HostedLogins logins, HostedSftpOptions options) =>
        await new HostedSftpPlanApplier().ApplyAsync(new HostedSftpProvisioner(options).CreatePlan(await logins.ProvisioningAsync(default)));

    private static SftpConnectionSettings Partner(SshdServer sshd, int port, string user, string privateKey, string passphrase) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        UserName = user,
        Credential = SftpPrivateKeyCredential.FromText(privateKey, passphrase),
        HostKey = sshd.Pin,
    };
}

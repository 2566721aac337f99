using Gateway.Host.Accounts;
using Gateway.Host.Persistence;
using Gateway.Host.Receiving.Accounts;
using Gateway.Host.Receiving.Intake;
using Gateway.Host.Receiving.Processing;
using Gateway.Host.Secrets;
using Gateway.Host.Tests.Receiving.Support;
using Gateway.Host.Tests.Support;
using Gateway.Transport.Hosted;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Host.Tests.Receiving;

/// <summary>
/// The receiving role over a real SFTP server: files are taken from the partner's folder once, processed (or held while
/// the account is blocked, then applied in order after a restart), and Retourmeldingen go back to its retour folder.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ReceivingIntakeTests(PostgresServer postgres)
{
    [RequiresSshdFact]
    public async Task Files_are_taken_once_processed_and_answered_and_held_while_the_account_is_blocked()
    {
        using var sshd = SshdServer.Start();
        var options = ReceivingHarness.DefaultAccountOptions();
        options.Kind = ReceivingAccountKind.ExternalSftp;
        options.Transport = new ReceivingTransportOptions
        {
            Host = "127.0.0.1",
            Port = sshd.Port,
            UserName = sshd.User,
            PasswordSecret = sshd.Password,
            HostKeyFingerprint = sshd.HostKeys,
            RetourmeldingFolder = sshd.RemoteFolder + "/retour",
        };
        options.ImportConfigurations = [new ImportConfigurationOptions { MessageType = "Verzuimmeldingen", Release = "2024", Folder = sshd.RemoteFolder, FileFilter = "VZ*.xml", Schedule = "*/5 * * * *" }];
        await using var harness = await ReceivingHarness.CreateAsync("sqlite", postgres, options);
        var gateway = new GatewayDatabase(harness.Register.Options);
        await gateway.MigrateAsync(default);
        var state = Path.Combine(Path.GetTempPath(), "gateway-receiving-" + Guid.NewGuid().ToString("N"));
        var intake = new ReceivingIntake(harness.Processor, gateway, state, NullLoggerFactory.Instance, TimeProvider.System);
        var folders = new ReceivingFolders(new SecretProtector(new byte[32]), new HostedSftpOptions(), NullLoggerFactory.Instance);
        try
        {
            await WriteAsync(sshd, "VZ_case1_1.xml", "CASE-1", 1);
            var first = await intake.RunOnceAsync(harness.Account, folders.Open(harness.Account), default);
            var again = await intake.RunOnceAsync(harness.Account, folders.Open(harness.Account), default);

            Assert.Equal(ReceivedFileStatus.Processed, Assert.Single(first).Status);
            Assert.Empty(again);
            Assert.False(File.Exists(Path.Combine(sshd.LocalFolder, "VZ_case1_1.xml")));
            Assert.Single(Directory.GetFiles(Path.Combine(sshd.LocalFolder, "retour"), "RM_*.xml"));

            var control = new AccountControl(gateway, TimeProvider.System);
            await control.BlockAsync(harness.Account.Name, "fb", "start-up", default);
            await WriteAsync(sshd, "VZ_case1_2.xml", "CASE-1", 2, "02");
            var held = await intake.RunOnceAsync(harness.Account, folders.Open(harness.Account), default);
            Assert.Equal(ReceivedFileStatus.Held, Assert.Single(held).Status);

            await control.RestartAsync(harness.Account.Name, PendingChoice.Process, "fb", null, default);
            var released = await intake.RunOnceAsync(harness.Account, folders.Open(harness.Account), default);
            Assert.Equal(ReceivedFileStatus.Processed, Assert.Single(released).Status);
            Assert.Equal(2, Directory.GetFiles(Path.Combine(sshd.LocalFolder, "retour"), "RM_*.xml").Length);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private static async Task WriteAsync(SshdServer sshd, string name, string caseId, int sequence, string vrwrkCd = "01")
    {
        var message = ReceivingMessages.Absence(caseId, sequence, vrwrkCd);
        message.BrAlg!.OntvngstbevJN = "J";
        await File.WriteAllBytesAsync(Path.Combine(sshd.LocalFolder, name), ReceivingMessages.Bytes(message));
    }
}

using Gateway.Core.Accounts;
using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Tests.Support;
using Gateway.Transport.Hosted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Receiving.Tests;

/// <summary>
/// The receiving role over a real SFTP server: files are taken from the partner's folder once, processed (or held while
/// the account is blocked, then applied in order after a restart), and Retourmeldingen go back to its retour folder.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ReceivingIntakeTests(PostgresServer postgres)
{
    [RequiresSshdTheory]
    [InlineData("LibSsh")]
    [InlineData("SshNet")]
    public async Task Files_are_taken_once_processed_and_answered_and_held_while_the_account_is_blocked(string client)
    {
        using var sshd = SshdServer.Start();
        await using var harness = await ReceivingHarness.CreateAsync("sqlite", postgres, ExternalSftpAccount(sshd, client));
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
            Assert.False(File.Exists(Path.Combine(sshd.LocalUploadDirectory, "VZ_case1_1.xml")));
            Assert.Single(Directory.GetFiles(Path.Combine(sshd.LocalUploadDirectory, "retour"), "RM_*.xml"));

            var control = new AccountControl(gateway, TimeProvider.System);
            await control.BlockAsync(harness.Account.Name, "fb", "start-up", default);
            await WriteAsync(sshd, "VZ_case1_2.xml", "CASE-1", 2, "02");
            var held = await intake.RunOnceAsync(harness.Account, folders.Open(harness.Account), default);
            Assert.Equal(ReceivedFileStatus.Held, Assert.Single(held).Status);

            await control.RestartAsync(harness.Account.Name, PendingChoice.Process, "fb", null, default);
            var released = await intake.RunOnceAsync(harness.Account, folders.Open(harness.Account), default);
            Assert.Equal(ReceivedFileStatus.Processed, Assert.Single(released).Status);
            Assert.Equal(2, Directory.GetFiles(Path.Combine(sshd.LocalUploadDirectory, "retour"), "RM_*.xml").Length);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    [RequiresSshdFact]
    public async Task A_Retourmelding_a_run_did_not_get_to_send_goes_out_with_the_next_run_once()
    {
        using var sshd = SshdServer.Start();
        await using var harness = await ReceivingHarness.CreateAsync("sqlite", postgres, ExternalSftpAccount(sshd));
        var gateway = new GatewayDatabase(harness.Register.Options);
        var state = Path.Combine(Path.GetTempPath(), "gateway-receiving-" + Guid.NewGuid().ToString("N"));
        var intake = new ReceivingIntake(harness.Processor, gateway, state, NullLoggerFactory.Instance, TimeProvider.System);
        var folders = new ReceivingFolders(new SecretProtector(new byte[32]), new HostedSftpOptions(), NullLoggerFactory.Instance);
        try
        {
            // a run that processed a file and stopped before its Retourmeldingen went out
            var message = ReceivingMessages.Absence("CASE-1", 1);
            message.BrAlg!.OntvngstbevJN = "J";
            var processed = await harness.SendAsync(ReceivingMessages.Bytes(message), sshd.UploadDirectory + "/VZ1.xml");
            Assert.Equal(ReceivedFileStatus.Processed, processed.Status);
            await using (var context = harness.Register.CreateContext())
            {
                var pending = Assert.Single(await context.PendingRetourmeldingen.ToListAsync());
                Assert.Equal((processed.FileId, $"RM_{processed.Retourmelding!.BrAlg!.Berrefnr}.xml"), (pending.FileId, pending.FileName));
            }

            var next = await intake.RunOnceAsync(harness.Account, folders.Open(harness.Account), default);
            await intake.RunOnceAsync(harness.Account, folders.Open(harness.Account), default);

            Assert.Empty(next);
            var sent = Assert.Single(Directory.GetFiles(Path.Combine(sshd.LocalUploadDirectory, "retour"), "RM_*.xml"));
            Assert.Equal($"RM_{processed.Retourmelding!.BrAlg!.Berrefnr}.xml", Path.GetFileName(sent));
            Assert.Contains($"<BerrefnrIngzndnBer>{message.BrAlg.Berrefnr}</BerrefnrIngzndnBer>", await File.ReadAllTextAsync(sent), StringComparison.Ordinal);
            await using var after = harness.Register.CreateContext();
            Assert.NotNull(Assert.Single(await after.PendingRetourmeldingen.ToListAsync()).DeliveredUtc);
        }
        finally
        {
            if (Directory.Exists(state))
            {
                Directory.Delete(state, recursive: true);
            }
        }
    }

    /// <summary>An account that polls the test server's folder for Verzuimmeldingen 2024 and answers into its retour folder.</summary>
    internal static ReceivingAccountOptions ExternalSftpAccount(SshdServer sshd, string? client = null)
    {
        var options = ReceivingHarness.DefaultAccountOptions();
        options.Kind = ReceivingAccountKind.ExternalSftp;
        options.Transport = new ReceivingTransportOptions
        {
            Host = "127.0.0.1",
            Port = sshd.Port,
            UserName = sshd.UserName,
            PasswordSecret = sshd.Password,
            HostKeyFingerprint = sshd.HostKeys,
            RetourmeldingFolder = sshd.UploadDirectory + "/retour",
            Client = client,
        };
        options.ImportConfigurations = [new ImportConfigurationOptions { MessageType = "Verzuimmeldingen", Release = "2024", Folder = sshd.UploadDirectory, FileFilter = "VZ*.xml", Schedule = "*/5 * * * *" }];
        return options;
    }

    internal static async Task WriteAsync(SshdServer sshd, string name, string caseId, int sequence, string vrwrkCd = "01")
    {
        var message = ReceivingMessages.Absence(caseId, sequence, vrwrkCd);
        message.BrAlg!.OntvngstbevJN = "J";
        await File.WriteAllBytesAsync(Path.Combine(sshd.LocalUploadDirectory, name), ReceivingMessages.Bytes(message));
    }
}

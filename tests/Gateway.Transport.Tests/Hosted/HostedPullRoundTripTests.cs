using Gateway.Transport.Delivery;
using Gateway.Transport.Files;
using Gateway.Transport.Hosted;
using Gateway.Transport.Intake;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Hosted;

/// <summary>
/// Provisions a hosted account with the generated plan (real user, chroot, authorized_keys, sshd fragment), runs a real
/// sshd on that configuration and plays both sides: the gateway writing the outbox and taking in the inbox on the
/// local disk, the partner logging in with its key to collect and to upload.
/// </summary>
[Collection(SshdTests.Name)]
public sealed class HostedPullRoundTripTests(SshdServer sshd)
{
    [RequiresSshdFact]
    public async Task A_partner_logs_in_through_the_generated_fragment_collects_the_outbox_and_fills_the_inbox()
    {
        var user = $"gwh{sshd.Port}";
        await File.AppendAllTextAsync(Path.Combine(sshd.RunDirectory, "extra-users"), user + "\n"); // stop-sshd.sh removes it
        var options = new HostedSftpOptions
        {
            ChrootRoot = Path.Combine(sshd.RunDirectory, "hosted"),
            AuthorizedKeysDirectory = Path.Combine(sshd.RunDirectory, "hosted-keys"),
            SshdConfigFragmentPath = Path.Combine(sshd.RunDirectory, "hosted-sftp.conf"),
        };
        var partnerKey = (await File.ReadAllTextAsync(sshd.KeyEcdsa + ".pub")).Trim();
        var plan = new HostedSftpProvisioner(options).CreatePlan([new HostedSftpAccount("Acme Arbo", user, [partnerKey])]);
        var layout = Assert.Single(plan.Accounts);
        try
        {
            var applier = new HostedSftpPlanApplier();
            await applier.ApplyAsync(plan);
            await applier.ApplyAsync(plan); // idempotent
            var port = FreePort.Next();
            var config = HostedSshd.WriteMainConfig(sshd, port, options.SshdConfigFragmentPath);
            Assert.Null(await HostedSftpPlanApplier.ValidateSshdConfigAsync(config));
            await using var server = await HostedSshd.StartAsync(config, port, Path.Combine(sshd.RunDirectory, "hosted-sshd.log"));

            var partner = new SftpConnectionSettings
            {
                Host = "127.0.0.1",
                Port = port,
                UserName = user,
                Credential = SftpPrivateKeyCredential.FromFile(sshd.KeyEcdsa),
                HostKey = sshd.Pin,
            };
            await using var connection = await new SftpClient().ConnectAsync(partner);

            // chrooted: the partner sees its two folders and starts in the outbox
            Assert.Equal(["inbox", "outbox"], (await connection.ListAsync("/")).Select(e => e.Name).Order());
            Assert.Equal(SftpStatus.PermissionDenied,
                (await Assert.ThrowsAsync<SftpException>(() => connection.UploadAsync("/escape.xml", new MemoryStream([1])))).Status);

            // gateway writes the outbox; the partner collects (downloads and deletes); the gateway notices
            const string written = "VZ_B1.xml";
            await new FileDelivery().DeliverAsync(new LocalFolderFileSystem(layout.OutboxDirectory), "", written, "<Verzuimmeldingen/>"u8.ToArray());
            Assert.Equal([written], (await connection.ListAsync(".")).Select(e => e.Name));
            using var collected = new MemoryStream();
            await connection.DownloadAsync($"/outbox/{written}", collected);
            await connection.DeleteAsync($"/outbox/{written}");
            Assert.Equal("<Verzuimmeldingen/>"u8.ToArray(), collected.ToArray());
            Assert.False(File.Exists(Path.Combine(layout.OutboxDirectory, written)));

            // the partner uploads a Retourmelding into the inbox; the gateway's intake takes it from the local folder
            await connection.UploadAsync("/inbox/.RM_1.xml.part", new MemoryStream("<Retourmelding1/>"u8.ToArray()));
            await connection.RenameAsync("/inbox/.RM_1.xml.part", "/inbox/RM_1.xml");
            var staging = Path.Combine(sshd.RunDirectory, "hosted-staging");
            using var journal = new FileIntakeJournal(Path.Combine(staging, "journal.jsonl"));
            var handled = new HandledFiles();
            var intake = await new FileIntake(journal, staging).RunAsync(new LocalFolderFileSystem(layout.InboxDirectory), new IntakeSource
            {
                Name = "acme-inbox",
                Folder = ".",
                FileFilter = GlobPattern.Parse("RM*.xml"),
                StabilityInterval = TimeSpan.FromMilliseconds(100),
            }, handled.HandleAsync);
            Assert.Equal("RM_1.xml", Assert.Single(intake.Taken).Name);
            Assert.Equal("<Retourmelding1/>", handled.ContentOf("RM_1.xml"));
            Assert.Empty(await connection.ListAsync("/inbox"));

            // keys only: the fragment allows no password (and the account has none)
            await Assert.ThrowsAsync<SftpAuthenticationException>(() => new SftpClient().ConnectAsync(new SftpConnectionSettings
            {
                Host = "127.0.0.1",
                Port = port,
                UserName = user,
                Credential = new SftpPasswordCredential("anything"),
                HostKey = sshd.Pin,
            }));
        }
        finally
        {
            await ProcessRunner.RunAsync("userdel", [user], TimeSpan.FromSeconds(10));
        }
    }
}

using Gateway.Transport.Files;
using Gateway.Transport.Hosted;
using Gateway.Transport.Intake;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Hosted;

/// <summary>
/// A hosted account as provisioned (real user, chroot, generated sshd fragment, real sshd with internal-sftp): the
/// partner cannot create links, and links that exist anyway — an import subfolder replaced by a link to a folder
/// outside the chroot, a file swapped for a link between listing and download — never make the gateway read, take or
/// delete anything outside.
/// </summary>
[Collection(SshdTests.Name)]
public sealed class HostedLinkTests(SshdServer sshd)
{
    private static int _accounts;

    [RequiresSshdFact]
    public async Task The_partner_cannot_create_symbolic_or_hard_links()
    {
        await using var account = await ProvisionedAccount.StartAsync(sshd);
        await using (var connection = await new SftpClient().ConnectAsync(account.PartnerSettings))
        {
            await connection.UploadAsync("/inbox/VZ_1.xml", new MemoryStream("<Verzuimmeldingen/>"u8.ToArray()));
        }

        var listing = await account.PartnerSftpAsync("ls /inbox");
        var symlink = await account.PartnerSftpAsync("symlink /inbox/VZ_1.xml /inbox/VZ_link.xml");
        var hardlink = await account.PartnerSftpAsync("ln /inbox/VZ_1.xml /inbox/VZ_hard.xml");

        Assert.True(listing.ExitCode == 0, listing.Output); // the partner's client works; only the link requests are refused
        Assert.True(symlink.ExitCode != 0 && symlink.Output.Contains("Permission denied", StringComparison.Ordinal), symlink.Output);
        // a denied extension is not even offered: the client refuses before asking
        Assert.True(hardlink.ExitCode != 0 && hardlink.Output.Contains("does not support hardlink@openssh.com", StringComparison.Ordinal), hardlink.Output);
        Assert.Equal(["VZ_1.xml"], Directory.GetFileSystemEntries(account.Layout.InboxDirectory).Select(Path.GetFileName));
        Assert.Contains("-P symlink,hardlink", await File.ReadAllTextAsync(account.FragmentPath), StringComparison.Ordinal);
    }

    [RequiresSshdFact]
    public async Task An_import_folder_replaced_by_a_link_to_a_folder_outside_the_chroot_is_not_read_or_emptied()
    {
        await using var account = await ProvisionedAccount.StartAsync(sshd);
        var outside = account.OutsideFolder();
        var secret = Path.Combine(outside, "VZ_root_only.xml");
        await File.WriteAllTextAsync(secret, "<secret/>");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        // the partner's import subfolder is a link to the outside folder (made on disk: sftp may not create it)
        File.CreateSymbolicLink(Path.Combine(account.Layout.InboxDirectory, "sivi"), outside);
        var staging = account.Staging();
        using var journal = new FileIntakeJournal(Path.Combine(staging, "journal.jsonl"));

        var handled = new HandledFiles();

        var refused = await Assert.ThrowsAsync<UnsafeEntryException>(() => new FileIntake(journal, staging).RunAsync(new LocalFolderFileSystem(account.Layout.ChrootDirectory), new IntakeSource
        {
            Name = "acme-sivi",
            Folder = "/inbox/sivi",
            FileFilter = GlobPattern.Parse("VZ*.xml"),
            StabilityInterval = TimeSpan.FromMilliseconds(50),
        }, handled.HandleAsync));

        Assert.Equal(("/inbox/sivi", "is a symbolic link"), (refused.Path, refused.Reason));
        Assert.Empty(handled.Files);
        Assert.Equal("<secret/>", await File.ReadAllTextAsync(secret));
        Assert.DoesNotContain(Directory.GetFiles(staging, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("<secret/>", StringComparison.Ordinal));
    }

    [RequiresSshdFact]
    public async Task A_file_swapped_for_a_link_between_listing_and_download_is_not_read_and_is_left_alone()
    {
        await using var account = await ProvisionedAccount.StartAsync(sshd);
        await using (var connection = await new SftpClient().ConnectAsync(account.PartnerSettings))
        {
            await connection.UploadAsync("/inbox/VZ_1.xml", new MemoryStream("<Verzuimmeldingen/>"u8.ToArray()));
        }
        var secret = Path.Combine(account.OutsideFolder(), "shadow");
        var secretText = new string('S', "<Verzuimmeldingen/>".Length); // the same size: the byte count alone cannot tell
        await File.WriteAllTextAsync(secret, secretText);
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var inboxFile = Path.Combine(account.Layout.InboxDirectory, "VZ_1.xml");
        var swapping = new InterceptingFileSystem(new LocalFolderFileSystem(account.Layout.ChrootDirectory))
        {
            BeforeDownload = _ =>
            {
                File.Delete(inboxFile); // listed twice as a regular file, then replaced by a link before the download
                File.CreateSymbolicLink(inboxFile, secret);
                return Task.CompletedTask;
            },
        };
        var staging = account.Staging();
        using var journal = new FileIntakeJournal(Path.Combine(staging, "journal.jsonl"));

        var handled = new HandledFiles();

        var result = await new FileIntake(journal, staging).RunAsync(swapping, new IntakeSource
        {
            Name = "acme-inbox",
            Folder = "/inbox",
            FileFilter = GlobPattern.Parse("VZ*.xml"),
            StabilityInterval = TimeSpan.FromMilliseconds(50),
        }, handled.HandleAsync);

        Assert.Equal(new IntakeRefusal("\"VZ_1.xml\"", "is a symbolic link"), Assert.Single(result.Refused));
        Assert.Empty(handled.Files);
        Assert.DoesNotContain(Directory.GetFiles(staging, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains(secretText, StringComparison.Ordinal));
        Assert.Equal(secretText, await File.ReadAllTextAsync(secret));
        Assert.NotNull(new FileInfo(inboxFile).LinkTarget); // the link itself is left where the partner put it
    }

    /// <summary>One provisioned hosted account with its own sshd on the generated fragment; removed on dispose.</summary>
    private sealed class ProvisionedAccount : IAsyncDisposable
    {
        private readonly SshdServer _sshd;
        private readonly HostedSshd _server;
        private readonly string _user;

        private ProvisionedAccount(SshdServer sshd, HostedSshd server, string user, HostedAccountLayout layout, string fragmentPath, string directory)
        {
            _sshd = sshd;
            _server = server;
            _user = user;
            Layout = layout;
            FragmentPath = fragmentPath;
            Directory = directory;
        }

        public HostedAccountLayout Layout { get; }

        public string FragmentPath { get; }

        /// <summary>This account's scratch folder below the sshd run directory (outside the chroot).</summary>
        public string Directory { get; }

        public SftpConnectionSettings PartnerSettings => new()
        {
            Host = "127.0.0.1",
            Port = _server.Port,
            UserName = _user,
            Credential = SftpPrivateKeyCredential.FromFile(_sshd.KeyEcdsa),
            HostKey = _sshd.Pin,
        };

        public static async Task<ProvisionedAccount> StartAsync(SshdServer sshd)
        {
            var number = Interlocked.Increment(ref _accounts);
            var user = $"gwl{sshd.Port}n{number}";
            await File.AppendAllTextAsync(Path.Combine(sshd.RunDirectory, "extra-users"), user + "\n"); // stop-sshd.sh removes it
            var directory = System.IO.Directory.CreateDirectory(Path.Combine(sshd.RunDirectory, $"links-{number}")).FullName;
            var options = new HostedSftpOptions
            {
                ChrootRoot = Path.Combine(directory, "hosted"),
                AuthorizedKeysDirectory = Path.Combine(directory, "hosted-keys"),
                SshdConfigFragmentPath = Path.Combine(directory, "hosted-sftp.conf"),
            };
            var partnerKey = (await File.ReadAllTextAsync(sshd.KeyEcdsa + ".pub")).Trim();
            var plan = new HostedSftpProvisioner(options).CreatePlan([new HostedSftpAccount("Acme Arbo", user, [partnerKey])]);
            await new HostedSftpPlanApplier().ApplyAsync(plan);
            var port = FreePort.Next();
            var config = HostedSshd.WriteMainConfig(sshd, port, options.SshdConfigFragmentPath);
            var server = await HostedSshd.StartAsync(config, port, Path.Combine(directory, "sshd.log"));
            return new ProvisionedAccount(sshd, server, user, Assert.Single(plan.Accounts), options.SshdConfigFragmentPath, directory);
        }

        /// <summary>A folder beside the chroot holding what the partner must never reach.</summary>
        public string OutsideFolder() => System.IO.Directory.CreateDirectory(Path.Combine(Directory, "outside")).FullName;

        public string Staging() => System.IO.Directory.CreateDirectory(Path.Combine(Directory, "staging")).FullName;

        /// <summary>Runs one command in OpenSSH's sftp client as the partner (batch mode: a failed command fails the run).</summary>
        public async Task<(int ExitCode, string Output)> PartnerSftpAsync(string command)
        {
            var batch = Path.Combine(Directory, "batch.txt");
            await File.WriteAllTextAsync(batch, command + "\n");
            var knownHosts = Path.Combine(Directory, "known_hosts");
            await File.WriteAllTextAsync(knownHosts, $"[127.0.0.1]:{_server.Port} {(await File.ReadAllTextAsync(Path.Combine(_sshd.RunDirectory, "etc", "ssh_host_ed25519_key.pub"))).Trim()}\n");
            return await ProcessRunner.RunAsync("sftp", ["-q", "-b", batch, "-i", _sshd.KeyEcdsa, "-F", "/dev/null", "-o", "BatchMode=yes",
                "-o", "IdentitiesOnly=yes", "-o", $"UserKnownHostsFile={knownHosts}", "-o", "HostKeyAlgorithms=ssh-ed25519", "-P",
                _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{_user}@127.0.0.1"], TimeSpan.FromSeconds(30));
        }

        public async ValueTask DisposeAsync()
        {
            await _server.DisposeAsync();
            await ProcessRunner.RunAsync("userdel", [_user], TimeSpan.FromSeconds(10));
        }
    }
}

using Gateway.Transport.Hosted;

namespace Gateway.Transport.Tests.Hosted;

public sealed class HostedSftpProvisionerTests
{
    private const string Key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAzhazzdcw9PgK8pe9NllCW4jOCkBhtTQKrZTzZ9g6f partner@acme";

    private static readonly HostedSftpOptions Options = new() { GatewayUser = "gateway" };

    [Fact]
    public void The_fragment_chroots_each_account_to_sftp_only_with_keys_only_and_no_forwarding()
    {
        var plan = new HostedSftpProvisioner(Options).CreatePlan([new HostedSftpAccount("Acme Arbo\nB.V.", "gw-acme", [Key])]);

        var expected = """
            # Account: Acme Arbo B.V.
            Match User gw-acme
                ChrootDirectory /srv/gateway-sftp/gw-acme
                ForceCommand internal-sftp -d /outbox -u 0007 -P symlink,hardlink
                AuthorizedKeysFile /etc/ssh/gateway-authorized-keys/gw-acme
                AuthenticationMethods publickey
                PubkeyAuthentication yes
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                DisableForwarding yes
                PermitTunnel no
                PermitTTY no
                PermitUserRC no
            """;
        Assert.Contains(expected.Replace("\r", "", StringComparison.Ordinal), plan.SshdConfigFragment);
    }

    [Fact]
    public void The_steps_create_user_root_owned_chroot_setgid_folders_and_restricted_keys_in_order()
    {
        var plan = new HostedSftpProvisioner(Options).CreatePlan([new HostedSftpAccount("Acme", "gw-acme", [Key])]);

        var shared = UnixFileMode.SetGroup | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                     UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute;
        Assert.Equal(
        [
            "directory /srv/gateway-sftp", "directory /etc/ssh/gateway-authorized-keys", "system user gw-acme", "gateway in group gw-acme",
            "directory /srv/gateway-sftp/gw-acme", "directory /srv/gateway-sftp/gw-acme/outbox", "directory /srv/gateway-sftp/gw-acme/inbox",
            "file /etc/ssh/gateway-authorized-keys/gw-acme", "file /etc/ssh/sshd_config.d/gateway-sftp.conf",
        ], plan.Steps.Select(s => s.Summary));
        Assert.Contains(plan.Steps, s => s is EnsureDirectoryStep { Path: "/srv/gateway-sftp/gw-acme", Owner: "root", Group: "root" });
        Assert.Contains(plan.Steps, s => s is EnsureDirectoryStep { Path: "/srv/gateway-sftp/gw-acme/outbox", Owner: "gw-acme" } d && d.Mode == shared);
        var keys = plan.Steps.OfType<WriteFileStep>().Single(s => s.Path.EndsWith("/gw-acme", StringComparison.Ordinal));
        Assert.Contains("restrict " + Key + "\n", keys.Content);
        Assert.Equal("root", keys.Owner);
    }

    [Fact]
    public void The_shell_script_is_idempotent_and_checks_the_configuration()
    {
        var script = new HostedSftpProvisioner(Options).CreatePlan([new HostedSftpAccount("Acme", "gw-acme", [Key])]).ToShellScript();

        Assert.StartsWith("#!/usr/bin/env bash", script);
        Assert.Contains("id -u gw-acme >/dev/null 2>&1 || useradd --system --user-group --no-create-home --home-dir / --shell /usr/sbin/nologin gw-acme", script);
        Assert.Contains("usermod -p '*' gw-acme", script);
        Assert.Contains("install -d -o gw-acme -g gw-acme -m 2770 /srv/gateway-sftp/gw-acme/inbox", script);
        Assert.Contains("/usr/sbin/sshd -t -f /etc/ssh/sshd_config", script);
    }

    [Theory]
    [InlineData("Root", "not a valid system user name")]
    [InlineData("root", "not a valid system user name")]
    [InlineData("gw acme", "not a valid system user name")]
    public void Invalid_user_names_are_refused(string user, string expected) =>
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() =>
            new HostedSftpProvisioner(Options).CreatePlan([new HostedSftpAccount("A", user, [Key])])).Message);

    [Theory]
    [InlineData("command=\"/bin/sh\" " + Key, "unsupported key type")]
    [InlineData("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIFAzhazzdcw9PgK8pe9NllCW4jOCkBhtTQKrZTzZ9g6f", "not base64 of that key type")]
    [InlineData("ssh-ed25519", "is not 'type base64 [comment]'")]
    public void Invalid_keys_are_refused(string key, string expected) =>
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() =>
            new HostedSftpProvisioner(Options).CreatePlan([new HostedSftpAccount("A", "gw-a", [key])])).Message);

    [Fact]
    public void Duplicate_users_keyless_accounts_and_unsafe_paths_are_refused()
    {
        var provisioner = new HostedSftpProvisioner(Options);

        Assert.Contains("more than one", Assert.Throws<ArgumentException>(() => provisioner.CreatePlan(
            [new HostedSftpAccount("A", "gw-a", [Key]), new HostedSftpAccount("B", "gw-a", [Key])])).Message);
        Assert.Contains("no authorized public key", Assert.Throws<ArgumentException>(() => provisioner.CreatePlan(
            [new HostedSftpAccount("A", "gw-a", [])])).Message);
        Assert.Contains("must be an absolute path", Assert.Throws<ArgumentException>(() => provisioner.CreatePlan(
            [new HostedSftpAccount("A", "gw-a", [Key]) { ChrootDirectory = "/srv/%u" }])).Message);
    }

    [Fact]
    public void A_receiving_accounts_folders_are_made_like_the_inbox_and_a_folder_that_is_not_a_plain_name_is_refused()
    {
        var provisioner = new HostedSftpProvisioner(Options);
        var plan = provisioner.CreatePlan([new HostedSftpAccount("Acme", "gw-acme", [Key]) { Folders = ["/inbox", "werkgevers", "retour", "werkgevers"] }]);

        Assert.Equal(["/srv/gateway-sftp/gw-acme/outbox", "/srv/gateway-sftp/gw-acme/inbox", "/srv/gateway-sftp/gw-acme/werkgevers", "/srv/gateway-sftp/gw-acme/retour"],
            plan.Steps.OfType<EnsureDirectoryStep>().Where(d => d.Owner == "gw-acme").Select(d => d.Path));
        Assert.Contains("folder '/' must be a plain name", Assert.Throws<ArgumentException>(() => provisioner.CreatePlan(
            [new HostedSftpAccount("A", "gw-a", [Key]) { Folders = ["/"] }])).Message);
        Assert.Contains("folder 'in/../..' must be a plain name", Assert.Throws<ArgumentException>(() => provisioner.CreatePlan(
            [new HostedSftpAccount("A", "gw-a", [Key]) { Folders = ["in/../.."] }])).Message);
    }
}

using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Sftp.HostKeys;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Sftp;

[Collection(SshdTests.Name)]
public sealed class HostKeyPinningTests(SshdServer sshd)
{
    private const string OtherFingerprint = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";

    [RequiresSshdTheory, BothClients]
    public async Task A_mismatching_pin_refuses_before_authenticating_and_names_both_fingerprints(SftpClientKind client)
    {
        var settings = sshd.Settings(new SftpPasswordCredential(sshd.Password), HostKeyPin.Parse(OtherFingerprint));
        var logBefore = await File.ReadAllTextAsync(Path.Combine(sshd.RunDirectory, "sshd.log"));

        var error = await Assert.ThrowsAsync<HostKeyMismatchException>(() => SshdServer.Client(client).ConnectAsync(settings));

        Assert.Equal(OtherFingerprint, Assert.Single(error.Expected).Value);
        Assert.Equal(sshd.HostFingerprintEd25519, error.Presented.Fingerprint.Value);
        Assert.Contains(OtherFingerprint, error.Message);
        Assert.Contains(sshd.HostFingerprintEd25519, error.Message);
        Assert.False(error.IsTransient);
        var logAfter = (await File.ReadAllTextAsync(Path.Combine(sshd.RunDirectory, "sshd.log")))[logBefore.Length..];
        Assert.DoesNotContain("password for", logAfter); // no credential was tried
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_known_hosts_line_pins_the_key_and_selects_the_rsa_host_key(SftpClientKind client)
    {
        var pin = HostKeyPin.Parse($"[127.0.0.1]:{sshd.Port} {sshd.HostKeyLineRsa}");

        await using var connection = await SshdServer.Client(client).ConnectAsync(sshd.Settings(pin: pin));

        Assert.Equal("ssh-rsa", connection.HostKey.KeyType);
        Assert.Equal(sshd.HostFingerprintRsa, connection.HostKey.Fingerprint.Value);
    }

    [RequiresSshdTheory, BothClients]
    public async Task The_known_hosts_file_written_for_the_server_pins_it(SftpClientKind client)
    {
        var pin = HostKeyPin.Parse(await File.ReadAllTextAsync(sshd.KnownHostsFile));

        await using var connection = await SshdServer.Client(client).ConnectAsync(sshd.Settings(pin: pin));

        Assert.True(pin.Accepts(connection.HostKey));
    }

    [RequiresSshdTheory, BothClients]
    public async Task Ssh_keygen_output_of_the_host_key_pins_it(SftpClientKind client)
    {
        var (_, output) = await ProcessRunner.RunAsync("ssh-keygen", ["-l", "-E", "sha256", "-f", Path.Combine(sshd.RunDirectory, "etc", "ssh_host_rsa_key.pub")], TimeSpan.FromSeconds(10));

        await using var connection = await SshdServer.Client(client).ConnectAsync(sshd.Settings(pin: HostKeyPin.Parse(output)));

        Assert.Equal(sshd.HostFingerprintRsa, connection.HostKey.Fingerprint.Value);
    }

    [RequiresSshdTheory, BothClients]
    public async Task Fetching_the_host_key_shows_what_ssh_keygen_shows_and_pins_as_known_hosts_line(SftpClientKind client)
    {
        var fetcher = SshdServer.Client(client);

        var ed25519 = await fetcher.FetchHostKeyAsync("127.0.0.1", sshd.Port);
        var rsa = await fetcher.FetchHostKeyAsync("127.0.0.1", sshd.Port, keyType: "ssh-rsa");

        Assert.Equal(sshd.HostFingerprintEd25519, ed25519.Fingerprint.Value);
        Assert.Equal(sshd.HostFingerprintRsa, rsa.Fingerprint.Value);
        Assert.Equal($"[127.0.0.1]:{sshd.Port} {sshd.HostKeyLineEd25519}", ed25519.ToKnownHostsLine("127.0.0.1", sshd.Port));
    }

    [RequiresSshdTheory, BothClients]
    public void A_known_hosts_line_of_another_server_is_refused_before_connecting(SftpClientKind client)
    {
        var pin = HostKeyPin.Parse($"other.example.nl {sshd.HostKeyLineEd25519}");

        var error = Assert.Throws<ArgumentException>(() => { _ = SshdServer.Client(client).ConnectAsync(sshd.Settings(pin: pin)); });

        Assert.Contains("does not cover 127.0.0.1", error.Message);
    }
}

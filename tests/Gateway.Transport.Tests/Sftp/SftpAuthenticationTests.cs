using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Sftp;

[Collection(SshdTests.Name)]
public sealed class SftpAuthenticationTests(SshdServer sshd)
{
    [RequiresSshdTheory, BothClients]
    public async Task Password_authentication_opens_a_working_session(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client, new SftpPasswordCredential(sshd.Password));

        var entries = await connection.ListAsync("/");

        Assert.Contains(entries, e => e.Name == "upload" && e.IsDirectory);
        Assert.True(connection.IsUsable);
        Assert.Equal(sshd.HostFingerprintEd25519, connection.HostKey.Fingerprint.Value);
    }

    [RequiresSshdTheory, BothClients]
    public async Task Ed25519_rsa_and_ecdsa_key_files_authenticate(SftpClientKind client)
    {
        foreach (var key in new[] { sshd.KeyEd25519, sshd.KeyRsa, sshd.KeyEcdsa })
        {
            await using var connection = await sshd.ConnectAsync(client, SftpPrivateKeyCredential.FromFile(key));

            Assert.NotNull(await connection.TryGetEntryAsync(sshd.UploadDirectory));
        }
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_passphrase_protected_key_authenticates_from_file_and_from_text(SftpClientKind client)
    {
        await using (var fromFile = await sshd.ConnectAsync(client, SftpPrivateKeyCredential.FromFile(sshd.KeyEd25519WithPassphrase, sshd.KeyPassphrase)))
        {
            Assert.True(fromFile.IsUsable);
        }
        var text = await File.ReadAllTextAsync(sshd.KeyEd25519WithPassphrase);
        await using var fromText = await sshd.ConnectAsync(client, SftpPrivateKeyCredential.FromText(text, sshd.KeyPassphrase));
        Assert.True(fromText.IsUsable);
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_wrong_passphrase_is_reported_without_revealing_it(SftpClientKind client)
    {
        var error = await Assert.ThrowsAsync<SftpAuthenticationException>(() =>
            sshd.ConnectAsync(client, SftpPrivateKeyCredential.FromFile(sshd.KeyEd25519WithPassphrase, "not-the-passphrase")));

        Assert.Contains("could not be read: wrong passphrase", error.Message);
        Assert.DoesNotContain("not-the-passphrase", error.ToString());
        Assert.False(error.IsTransient);
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_wrong_password_is_reported_with_user_and_server_but_not_the_password(SftpClientKind client)
    {
        var error = await Assert.ThrowsAsync<SftpAuthenticationException>(() =>
            sshd.ConnectAsync(client, new SftpPasswordCredential("Wrong-Secret-123")));

        Assert.Contains($"the server rejected the password for user '{sshd.UserName}'", error.Message);
        Assert.Contains($"{sshd.UserName}@127.0.0.1:{sshd.Port}", error.Message);
        Assert.DoesNotContain("Wrong-Secret-123", error.ToString());
    }

    [RequiresSshdTheory, BothClients]
    public async Task An_unauthorised_key_is_refused(SftpClientKind client)
    {
        var error = await Assert.ThrowsAsync<SftpAuthenticationException>(() =>
            sshd.ConnectAsync(client, SftpPrivateKeyCredential.FromFile(sshd.KeyUnauthorized)));

        Assert.Contains("public key not authorised", error.Message);
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_missing_key_file_is_named(SftpClientKind client)
    {
        var error = await Assert.ThrowsAsync<SftpAuthenticationException>(() =>
            sshd.ConnectAsync(client, SftpPrivateKeyCredential.FromFile("/nonexistent/id_ed25519")));

        Assert.Contains("/nonexistent/id_ed25519 does not exist", error.Message);
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_closed_port_is_a_transient_connection_error_with_libssh_text(SftpClientKind client)
    {
        var settings = sshd.Settings();
        var closed = new SftpConnectionSettings
        {
            Host = settings.Host,
            Port = FreePort.Next(),
            UserName = settings.UserName,
            Credential = settings.Credential,
            HostKey = settings.HostKey,
            ConnectTimeout = TimeSpan.FromSeconds(3),
        };

        var error = await Assert.ThrowsAsync<SftpConnectionException>(() => SshdServer.Client(client).ConnectAsync(closed));

        Assert.Contains("SFTP connect on", error.Message);
        Assert.Contains("Connection refused", error.ClientMessage);
        Assert.True(error.IsTransient);
    }
}

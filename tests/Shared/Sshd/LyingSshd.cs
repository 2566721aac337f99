using System.Text.Json;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;

namespace Gateway.Tests.Shared;

/// <summary>
/// A partner's SFTP server that lies about names on the wire: a second sshd (foreground child of the test, on the run's
/// host key) whose sftp subsystem is OpenSSH's sftp-server behind tests/infra/sshd/lying-sftp-server.py, which renames
/// entries in directory listings — so a listing can carry names no file system holds ("../../outside.xml"), while
/// opening, reading and removing real paths works as usual. Its one login is root with the run's ed25519 client key
/// (the subsystem needs a login shell, which the run's test user does not have); no chroot: remote paths are local paths.
/// </summary>
public sealed class LyingSshd : IAsyncDisposable
{
    private static int _instances;
    private readonly HostedSshd _server;
    private readonly SshdServer _sshd;

    private LyingSshd(SshdServer sshd, HostedSshd server, string folder)
    {
        _sshd = sshd;
        _server = server;
        Folder = folder;
    }

    /// <summary>The folder to write the real files into; the same path is the remote folder to list.</summary>
    public string Folder { get; }

    public SftpConnectionSettings Settings => new()
    {
        Host = "127.0.0.1",
        Port = _server.Port,
        UserName = "root",
        Credential = SftpPrivateKeyCredential.FromFile(_sshd.KeyEd25519),
        HostKey = _sshd.Pin,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        OperationTimeout = TimeSpan.FromSeconds(20),
    };

    /// <param name="renames">Real file name → the name the server's listings show instead.</param>
    public static async Task<LyingSshd> StartAsync(SshdServer sshd, IReadOnlyDictionary<string, string> renames)
    {
        var number = Interlocked.Increment(ref _instances);
        var directory = Directory.CreateDirectory(Path.Combine(sshd.RunDirectory, $"lying-{number}")).FullName;
        var folder = Directory.CreateDirectory(Path.Combine(directory, "inbox")).FullName;
        var renamesFile = Path.Combine(directory, "renames.json");
        await File.WriteAllTextAsync(renamesFile, JsonSerializer.Serialize(renames));
        var authorizedKeys = Path.Combine(directory, "authorized_keys");
        await File.WriteAllTextAsync(authorizedKeys, await File.ReadAllTextAsync(sshd.KeyEd25519 + ".pub"));
        var script = Path.Combine(RepoPaths.SshdScripts, "lying-sftp-server.py");
        var port = FreePort.Next();
        var config = Path.Combine(directory, "sshd_config");
        // the pid file sits beside the run's own, where stop-sshd.sh stops every *sshd.pid it finds
        await File.WriteAllTextAsync(config, $"""
            Port {port}
            ListenAddress 127.0.0.1
            HostKey {sshd.RunDirectory}/etc/ssh_host_ed25519_key
            PidFile {sshd.RunDirectory}/lying-{number}-sshd.pid
            UsePAM no
            StrictModes yes
            PermitRootLogin prohibit-password
            AllowUsers root
            AuthorizedKeysFile {authorizedKeys}
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            AllowTcpForwarding no
            X11Forwarding no
            PermitTTY no
            LogLevel VERBOSE
            Subsystem sftp /usr/bin/python3 {script} {renamesFile}

            """);
        var server = await HostedSshd.StartAsync(config, port, Path.Combine(directory, "sshd.log"));
        return new LyingSshd(sshd, server, folder);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

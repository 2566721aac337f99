using Gateway.Transport.Files;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Credentials;
using Gateway.Transport.Sftp.HostKeys;

namespace Gateway.Tests.Shared;

/// <summary>
/// A real OpenSSH sshd on a free loopback port, started by tests/infra/sshd/start-sshd.sh with its own config, a
/// per-run system user chrooted (internal-sftp) below /srv, and password, ed25519, RSA, ECDSA and passphrase keys.
/// One for a collection of test classes (a collection fixture), or one for a single test (<see cref="Start"/>).
/// </summary>
public sealed class SshdServer : IAsyncLifetime, IDisposable
{
    private readonly string _stateDirectory = Path.Combine(Path.GetTempPath(), $"gateway-sshd-{Guid.NewGuid():N}");
    private Dictionary<string, string> _state = [];
    private int _folderCounter;

    public bool Started { get; private set; }

    public int Port => int.Parse(_state["SSHD_PORT"]);

    public string Host => _state["SFTP_HOST"];

    public string UserName => _state["SFTP_USER"];

    public string Password => _state["SFTP_PASSWORD"];

    public string KeyEd25519 => _state["SFTP_KEY_ED25519"];

    public string KeyRsa => _state["SFTP_KEY_RSA"];

    public string KeyEcdsa => _state["SFTP_KEY_ECDSA"];

    public string KeyEd25519WithPassphrase => _state["SFTP_KEY_ED25519_PASSPHRASE"];

    public string KeyPassphrase => _state["SFTP_KEY_PASSPHRASE"];

    public string KeyUnauthorized => _state["SFTP_KEY_UNAUTHORIZED"];

    /// <summary>The run directory (root-owned, below /srv): extra servers and hosted accounts of tests live here.</summary>
    public string RunDirectory => _state["SSHD_RUN_DIR"];

    /// <summary>The chroot of the test user on the local disk; remote "/x" is ChrootDirectory + "/x".</summary>
    public string ChrootDirectory => _state["SFTP_CHROOT"];

    public string UploadDirectory => _state["SFTP_UPLOAD_DIR"];

    public string KnownHostsFile => _state["SSHD_KNOWN_HOSTS"];

    public string HostFingerprintEd25519 => _state["HOST_FINGERPRINT_ED25519"];

    public string HostFingerprintRsa => _state["HOST_FINGERPRINT_RSA"];

    public string HostKeyLineEd25519 => _state["HOST_KEY_ED25519"];

    public string HostKeyLineRsa => _state["HOST_KEY_RSA"];

    public string SshdPid => _state["SSHD_PID"];

    public HostKeyPin Pin => HostKeyPin.Parse(HostFingerprintEd25519);

    /// <summary>Both host key fingerprints, one per line (either may be offered): a pin as configuration holds it.</summary>
    public string HostKeys => HostFingerprintEd25519 + "\n" + HostFingerprintRsa;

    /// <summary>The upload folder on the local disk (the tests run as root and may look directly).</summary>
    public string LocalUploadDirectory => LocalPath(UploadDirectory);

    public SftpConnectionSettings Settings(SftpCredential? credential = null, HostKeyPin? pin = null) => new()
    {
        Host = Host,
        Port = Port,
        UserName = UserName,
        Credential = credential ?? SftpPrivateKeyCredential.FromFile(KeyEd25519),
        HostKey = pin ?? Pin,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        OperationTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>The client of the given kind (the suite runs against the same sshd with each).</summary>
    public static ISftpClient Client(SftpClientKind kind) => SftpClients.Create(kind);

    public Task<ISftpConnection> ConnectAsync(SftpClientKind kind, SftpCredential? credential = null) =>
        Client(kind).ConnectAsync(Settings(credential));

    /// <summary>A fresh, empty remote folder below /upload for one test; returns its remote path.</summary>
    public async Task<string> NewRemoteFolderAsync(ITransferFileSystem connection, string purpose)
    {
        var path = $"{UploadDirectory}/{purpose}-{Interlocked.Increment(ref _folderCounter)}";
        await connection.CreateDirectoryAsync(path);
        return path;
    }

    /// <summary>Where a remote path lives on the local disk (the tests run as root and may look directly).</summary>
    public string LocalPath(string remotePath) => ChrootDirectory + remotePath;

    /// <summary>Starts one for a single test (the caller disposes it); throws when it cannot start.</summary>
    public static SshdServer Start()
    {
        var server = new SshdServer();
        server.InitializeAsync().GetAwaiter().GetResult();
        return server.Started ? server : throw new InvalidOperationException(SshdAvailability.UnavailableReason);
    }

    /// <summary>Stops the daemon only (as a server that goes down): its port, user, keys and files stay for <see cref="ResumeAsync"/>.</summary>
    public async Task PauseAsync()
    {
        var pidFile = Path.Combine(RunDirectory, "sshd.pid");
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await ProcessRunner.RunAsync("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (Directory.Exists($"/proc/{pid}") && File.Exists($"/proc/{pid}/comm") && File.ReadAllText($"/proc/{pid}/comm").Trim() == "sshd")
        {
            await Task.Delay(50, deadline.Token);
        }
        File.Delete(pidFile);
    }

    /// <summary>Starts the paused daemon again on the same port with the same host keys and users.</summary>
    public async Task ResumeAsync()
    {
        var (exit, output) = await ProcessRunner.RunAsync("/usr/sbin/sshd",
            ["-f", Path.Combine(RunDirectory, "etc", "sshd_config"), "-E", Path.Combine(RunDirectory, "sshd.log")], TimeSpan.FromSeconds(30));
        if (exit != 0)
        {
            throw new InvalidOperationException($"sshd did not start again ({exit}): {output}");
        }
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!File.Exists(Path.Combine(RunDirectory, "sshd.pid")) || new FileInfo(Path.Combine(RunDirectory, "sshd.pid")).Length == 0)
        {
            await Task.Delay(50, deadline.Token);
        }
    }

    public void Dispose() => DisposeAsync().GetAwaiter().GetResult();

    public async Task InitializeAsync()
    {
        if (SshdAvailability.UnavailableReason is not null)
        {
            return;
        }
        // generous: the scripts share one lock between all test sshds, and on a loaded machine waiting for it takes long
        var (exit, output) = await ProcessRunner.RunAsync("bash",
            [Path.Combine(RepoPaths.SshdScripts, "start-sshd.sh"), _stateDirectory], TimeSpan.FromSeconds(180));
        if (exit != 0)
        {
            throw new InvalidOperationException($"start-sshd.sh failed ({exit}): {output}");
        }
        _state = File.ReadAllLines(Path.Combine(_stateDirectory, "state.env"))
            .Where(line => line.Contains('='))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim('"'));
        Started = true;
    }

    public async Task DisposeAsync()
    {
        if (Started)
        {
            await ProcessRunner.RunAsync("bash", [Path.Combine(RepoPaths.SshdScripts, "stop-sshd.sh"), _stateDirectory], TimeSpan.FromSeconds(120));
        }
        if (Directory.Exists(_stateDirectory))
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
    }
}

using System.Diagnostics;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// A real OpenSSH sshd on a free loopback port with a chrooted SFTP user, started by tests/infra/sshd/start-sshd.sh
/// (root only) and removed by stop-sshd.sh. <see cref="UnavailableReason"/> says why it cannot run here.
/// </summary>
public sealed class SshdServer : IDisposable
{
    private readonly string _stateDirectory;

    private SshdServer(string stateDirectory, Dictionary<string, string> state)
    {
        _stateDirectory = stateDirectory;
        State = state;
    }

    public static string? UnavailableReason =>
        !OperatingSystem.IsLinux() ? "sshd tests run on Linux only"
        : Environment.UserName != "root" ? "starting a test sshd needs root (it creates a chrooted system user)"
        : !File.Exists("/usr/sbin/sshd") ? "/usr/sbin/sshd is missing (apt-get install openssh-server)"
        : Gateway.Transport.Sftp.SftpClient.UnavailableReason;

    public IReadOnlyDictionary<string, string> State { get; }

    public int Port => int.Parse(State["SSHD_PORT"], System.Globalization.CultureInfo.InvariantCulture);

    public string User => State["SFTP_USER"];

    public string Password => State["SFTP_PASSWORD"];

    /// <summary>Both host key fingerprints, one per line (either may be offered).</summary>
    public string HostKeys => State["HOST_FINGERPRINT_ED25519"] + "\n" + State["HOST_FINGERPRINT_RSA"];

    /// <summary>The upload folder as the SFTP user sees it, and where it is on this machine.</summary>
    public string RemoteFolder => State["SFTP_UPLOAD_DIR"];

    public string LocalFolder => State["SFTP_CHROOT"] + State["SFTP_UPLOAD_DIR"];

    public static SshdServer Start()
    {
        var stateDirectory = Path.Combine(Path.GetTempPath(), "gateway-sshd-" + Guid.NewGuid().ToString("N"));
        Run("start-sshd.sh", stateDirectory);
        var state = File.ReadAllLines(Path.Combine(stateDirectory, "state.env"))
            .Where(l => l.Contains('=', StringComparison.Ordinal))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1].Trim('"'));
        return new SshdServer(stateDirectory, state);
    }

    public void Dispose()
    {
        Run("stop-sshd.sh", _stateDirectory);
        Directory.Delete(_stateDirectory, recursive: true);
    }

    private static void Run(string script, string argument)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "infra", "sshd", script);
        using var process = Process.Start(new ProcessStartInfo("bash", [path, argument]) { RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException(script + " did not start");
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {error.Result}");
        }
    }
}

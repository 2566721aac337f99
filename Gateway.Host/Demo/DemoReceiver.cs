using System.Diagnostics;
using Gateway.Core.Accounts;

namespace Gateway.Host.Demo;

/// <summary>
/// Where the demo account delivers: a throw-away OpenSSH sshd on a free loopback port when OpenSSH, libssh and root are
/// available (tests/infra/sshd/start-sshd.sh), else a local folder — and it says which.
/// </summary>
internal sealed class DemoReceiver : IDisposable
{
    private readonly string? _sshdState;

    private DemoReceiver(DeliveryOptions delivery, string localFolder, string description, string? sshdState)
    {
        Delivery = delivery;
        LocalFolder = localFolder;
        Description = description;
        _sshdState = sshdState;
    }

    public DeliveryOptions Delivery { get; }

    /// <summary>Where the delivered files can be seen on this machine.</summary>
    public string LocalFolder { get; }

    public string Description { get; }

    public static async Task<DemoReceiver> StartAsync(string workDirectory, CancellationToken cancellationToken)
    {
        var script = Path.GetFullPath(Path.Combine("tests", "infra", "sshd", "start-sshd.sh"));
        var why = SftpUnavailableReason(script);
        if (why is null)
        {
            var state = Path.Combine(workDirectory, "sshd");
            if (await RunAsync(script, state, cancellationToken).ConfigureAwait(false))
            {
                var env = File.ReadAllLines(Path.Combine(state, "state.env")).Where(l => l.Contains('=', StringComparison.Ordinal))
                    .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('"'));
                var delivery = new DeliveryOptions
                {
                    Kind = DeliveryKind.SftpPush,
                    Sftp = new SftpPushOptions
                    {
                        Host = "127.0.0.1",
                        Port = int.Parse(env["SSHD_PORT"], System.Globalization.CultureInfo.InvariantCulture),
                        Username = env["SFTP_USER"],
                        Password = env["SFTP_PASSWORD"],
                        HostKey = env["HOST_FINGERPRINT_ED25519"] + "\n" + env["HOST_FINGERPRINT_RSA"],
                        RemoteFolder = env["SFTP_UPLOAD_DIR"],
                    },
                };
                return new DemoReceiver(delivery, env["SFTP_CHROOT"] + env["SFTP_UPLOAD_DIR"],
                    $"SFTP push to a local OpenSSH sshd on 127.0.0.1:{delivery.Sftp.Port} (host key pinned)", state);
            }
            why = "the test sshd did not start";
        }
        var folder = Path.Combine(workDirectory, "outbox");
        return new DemoReceiver(new DeliveryOptions { Kind = DeliveryKind.Folder, Folder = folder }, folder, $"a local folder account ({why})", null);
    }

    public void Dispose()
    {
        if (_sshdState is not null)
        {
            var stop = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Path.Combine("tests", "infra", "sshd", "start-sshd.sh")))!, "stop-sshd.sh");
            using var process = Process.Start(new ProcessStartInfo("bash", [stop, _sshdState]) { RedirectStandardOutput = true, RedirectStandardError = true });
            process?.WaitForExit();
        }
    }

    private static string? SftpUnavailableReason(string script) =>
        !File.Exists(script) ? "run it from the repository to get the sshd receiver"
        : Environment.UserName != "root" ? "starting a local sshd needs root"
        : !File.Exists("/usr/sbin/sshd") ? "OpenSSH server is not installed"
        : Gateway.Transport.Sftp.SftpClient.UnavailableReason;

    private static async Task<bool> RunAsync(string script, string state, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [script, state]) { RedirectStandardOutput = true, RedirectStandardError = true });
        if (process is null)
        {
            return false;
        }
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode == 0;
    }
}

using System.Diagnostics;
using Gateway.Core.Accounts;

namespace Gateway.Host.Demo;

/// <summary>
/// Where the demo account delivers: a throw-away OpenSSH sshd on a free loopback port when OpenSSH, libssh and root are
/// available (tests/infra/sshd/start-sshd.sh), else a local folder — and it says which. The sshd's folder goes when the
/// sshd stops, so what was delivered there is copied into the working folder (<see cref="KeptFolder"/>) after the first
/// round and again when the demo stops: the files stay for a look afterwards.
/// </summary>
internal sealed class DemoReceiver : IDisposable
{
    private readonly string? _sshdState;
    private int _stopped;

    private DemoReceiver(DeliveryOptions delivery, string localFolder, string keptFolder, string description, string? sshdState)
    {
        Delivery = delivery;
        LocalFolder = localFolder;
        KeptFolder = keptFolder;
        Description = description;
        _sshdState = sshdState;
    }

    /// <summary>Where the delivered files stay after the demo stopped (the same as <see cref="LocalFolder"/> for a folder account).</summary>
    public string KeptFolder { get; }

    /// <summary>The partner's folders below the delivery folder: its Retourmeldingen, and the messages it sends (Documenten, Afspraken).</summary>
    public string PartnerFolder(string name) => Delivery.Kind == DeliveryKind.SftpPush
        ? Delivery.Sftp.RemoteFolder.TrimEnd('/') + "/" + name
        : Path.Combine(Path.GetDirectoryName(LocalFolder)!, name);

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
                return new DemoReceiver(delivery, env["SFTP_CHROOT"] + env["SFTP_UPLOAD_DIR"], Path.Combine(workDirectory, "delivered"),
                    $"SFTP push to a local OpenSSH sshd on 127.0.0.1:{delivery.Sftp.Port} (host key pinned)", state);
            }
            why = "the test sshd did not start";
        }
        var folder = Path.Combine(workDirectory, "outbox");
        return new DemoReceiver(new DeliveryOptions { Kind = DeliveryKind.Folder, Folder = folder }, folder, folder, $"a local folder account ({why})", null);
    }

    /// <summary>Copies what the sshd's folder holds (its subfolders too) into <see cref="KeptFolder"/>; returns how many files it holds.</summary>
    public int Keep()
    {
        if (KeptFolder == LocalFolder || !Directory.Exists(LocalFolder))
        {
            return Directory.Exists(KeptFolder) ? Directory.GetFiles(KeptFolder, "*", SearchOption.AllDirectories).Length : 0;
        }
        foreach (var file in Directory.EnumerateFiles(LocalFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(KeptFolder, Path.GetRelativePath(LocalFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        return Directory.GetFiles(KeptFolder, "*", SearchOption.AllDirectories).Length;
    }

    public void Dispose() => Stop(wait: true);

    /// <summary>
    /// Keeps the delivered files and stops the sshd, once. Also called the moment the demo is told to stop (Ctrl+C),
    /// without waiting: the process may end shortly after, and the stop script, a process of its own, finishes anyway.
    /// </summary>
    public void Stop(bool wait)
    {
        if (_sshdState is null || Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }
        try
        {
            Keep();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the sshd is stopped all the same
        }
        var stop = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Path.Combine("tests", "infra", "sshd", "start-sshd.sh")))!, "stop-sshd.sh");
        // not waited for, it must not write into a pipe this process may no longer read
        using var process = Process.Start(new ProcessStartInfo("bash", [stop, _sshdState]) { RedirectStandardOutput = wait, RedirectStandardError = wait });
        if (wait)
        {
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

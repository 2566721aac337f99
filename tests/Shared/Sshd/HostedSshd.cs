using System.Diagnostics;
using System.Net.Sockets;

namespace Gateway.Tests.Shared;

/// <summary>
/// A second sshd (foreground child of the test, stopped by its pid) whose configuration is a minimal main file that
/// includes a generated hosted-accounts fragment — as Debian's sshd_config includes sshd_config.d/*.conf.
/// </summary>
public sealed class HostedSshd : IAsyncDisposable
{
    private readonly Process _process;

    private HostedSshd(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static string WriteMainConfig(SshdServer sshd, int port, string fragmentPath)
    {
        var path = Path.Combine(sshd.RunDirectory, "hosted-main.conf");
        File.WriteAllText(path, $"""
            Port {port}
            ListenAddress 127.0.0.1
            HostKey {sshd.RunDirectory}/etc/ssh_host_ed25519_key
            PidFile {sshd.RunDirectory}/hosted-sshd.pid
            UsePAM no
            StrictModes yes
            PermitRootLogin no
            AuthorizedKeysFile none
            LogLevel VERBOSE
            Subsystem sftp internal-sftp
            Include {fragmentPath}

            """);
        return path;
    }

    public static async Task<HostedSshd> StartAsync(string configPath, int port, string logPath)
    {
        var info = new ProcessStartInfo("/usr/sbin/sshd") { UseShellExecute = false };
        foreach (var argument in new[] { "-D", "-f", configPath, "-E", logPath })
        {
            info.ArgumentList.Add(argument);
        }
        var process = Process.Start(info)!;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return new HostedSshd(process, port);
            }
            catch (SocketException)
            {
                if (process.HasExited)
                {
                    break;
                }
                await Task.Delay(50);
            }
        }
        process.Dispose();
        throw new InvalidOperationException($"the hosted sshd did not come up: {await File.ReadAllTextAsync(logPath)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

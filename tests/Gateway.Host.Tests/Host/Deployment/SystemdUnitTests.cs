using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Gateway.Host.Tests.Deployment;

/// <summary>
/// <c>docker/systemd/gateway.service</c> as systemd reads it (offline, with systemd's own analyser), and the
/// <c>Type=notify</c> handshake it relies on: the built <c>gateway run</c>, started by a parent named <c>systemd</c> with
/// a <c>NOTIFY_SOCKET</c> (what systemd gives its services), says <c>READY=1</c> once started and <c>STOPPING=1</c>
/// on SIGTERM.
/// </summary>
public sealed partial class SystemdUnitTests : IDisposable
{
    private static readonly string Unit = Path.Combine(RepoPaths.Root, "docker", "systemd", "gateway.service");
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-systemd-").FullName;

    [RequiresSystemdAnalyzeFact]
    public async Task The_unit_passes_systemd_analyze_verify_without_a_warning()
    {
        var unit = await UnitWithLocalExecutableAsync();

        var (code, output) = await ProcessRunner.RunAsync(RequiresSystemdAnalyzeFactAttribute.Tool, ["verify", unit], TimeSpan.FromSeconds(60));

        Assert.True(code == 0 && output.Trim().Length == 0, $"systemd-analyze verify ({code}):\n{output}");
    }

    [RequiresSystemdAnalyzeFact]
    public async Task The_unit_is_hardened_to_an_exposure_systemd_rates_ok()
    {
        var unit = await UnitWithLocalExecutableAsync();

        var (code, output) = await ProcessRunner.RunAsync(RequiresSystemdAnalyzeFactAttribute.Tool, ["security", "--offline=yes", "--no-pager", unit], TimeSpan.FromSeconds(60));

        var exposure = ExposureLine().Match(output);
        Assert.True(code == 0 && exposure.Success, $"systemd-analyze security ({code}):\n{output}");
        Assert.True(double.Parse(exposure.Groups["level"].Value, CultureInfo.InvariantCulture) <= 2.0, exposure.Value);
        var text = await File.ReadAllTextAsync(Unit);
        foreach (var setting in new[] { "Type=notify", "NoNewPrivileges=yes", "ProtectSystem=strict", "UMask=0077", "User=gateway" })
        {
            Assert.Contains(setting, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Gateway_run_tells_a_systemd_parent_it_is_ready_and_that_it_stops()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var socketPath = Path.Combine(_directory, "notify.sock");
        using var notify = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        notify.Bind(new UnixDomainSocketEndPoint(socketPath));
        // systemd is recognised by the parent process's name: a shell copied under that name starts the gateway
        var parent = Path.Combine(_directory, "systemd");
        File.Copy("/bin/sh", parent);
        var config = await WriteConfigAsync();
        var gateway = Path.Combine(AppContext.BaseDirectory, "gateway");
        var info = new ProcessStartInfo(parent, ["-c", $"'{gateway}' run --config '{config}'; exit $?"])
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["NOTIFY_SOCKET"] = socketPath;
        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var ready = await ReceiveAsync(notify, TimeSpan.FromSeconds(120), () => output.ToString());
            Assert.Contains("READY=1", ready, StringComparison.Ordinal);

            var child = File.ReadAllText($"/proc/{process.Id}/task/{process.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Single();
            using (var term = Process.Start("kill", ["-TERM", child.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }
            var stopping = await ReceiveAsync(notify, TimeSpan.FromSeconds(60), () => output.ToString());
            Assert.Contains("STOPPING=1", stopping, StringComparison.Ordinal);
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(exit.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<string> ReceiveAsync(Socket socket, TimeSpan timeout, Func<string> output)
    {
        var buffer = new byte[4096];
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            var received = await socket.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
            return Encoding.UTF8.GetString(buffer, 0, received);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no notification within {timeout.TotalSeconds:0} s; the gateway printed:\n{output()}");
        }
    }

    /// <summary>The unit as shipped, its executable pointed at the gateway built next to the tests (verify checks it exists).</summary>
    private async Task<string> UnitWithLocalExecutableAsync()
    {
        var text = await File.ReadAllTextAsync(Unit);
        Assert.Contains("ExecStart=/opt/gateway/gateway ", text, StringComparison.Ordinal);
        var path = Path.Combine(_directory, "gateway.service");
        await File.WriteAllTextAsync(path, text.Replace("/opt/gateway/gateway", Path.Combine(AppContext.BaseDirectory, "gateway"), StringComparison.Ordinal));
        return path;
    }

    private async Task<string> WriteConfigAsync()
    {
        var root = new JsonObject
        {
            ["Gateway"] = new JsonObject
            {
                ["Database"] = new JsonObject { ["ConnectionString"] = $"Data Source={Path.Combine(_directory, "gateway.db")}" },
                ["SecretKeyFile"] = Path.Combine(_directory, "secret.key"),
                ["Host"] = new JsonObject { ["StateDirectory"] = Path.Combine(_directory, "state") },
            },
        };
        var path = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(path, root.ToJsonString());
        return path;
    }

    [GeneratedRegex(@"Overall exposure level for \S+: (?<level>[0-9]+\.[0-9]+)")]
    private static partial Regex ExposureLine();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

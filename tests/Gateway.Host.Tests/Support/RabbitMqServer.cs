using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// A real RabbitMQ broker (Debian package) as its own Erlang node on free loopback ports, with its own epmd, data,
/// log and home folders and no plugins; stopped with <c>rabbitmqctl stop</c>, and its epmd by PID, when the test
/// collection ends. Absent when rabbitmq-server is not installed.
/// </summary>
public sealed class RabbitMqServer : IAsyncLifetime
{
    private static readonly string Bin = "/usr/lib/rabbitmq/bin";
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    // rabbitmqctl starts an Erlang VM each time: on a loaded 2-core machine that alone can take most of a minute
    private static readonly TimeSpan CtlTimeout = TimeSpan.FromSeconds(180);
    private readonly StringBuilder _serverOutput = new();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);
    private string? _folder;
    private Process? _server;
    private int _epmdPort;

    public static string? UnavailableReason =>
        !OperatingSystem.IsLinux() ? "the RabbitMQ test broker runs on Linux only"
        : !File.Exists(Path.Combine(Bin, "rabbitmq-server")) ? "RabbitMQ is not installed (apt-get install rabbitmq-server)"
        : null;

    public string Host { get; } = "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>A virtual host made for the tests (not the default <c>/</c>), so the option is exercised.</summary>
    public string VirtualHost { get; } = "gateway-test";

    /// <summary>The built-in guest user, which RabbitMQ admits on loopback only.</summary>
    public string Username { get; } = "guest";

    public string Password { get; } = "guest";

    public string NodeName { get; private set; } = "";

    /// <summary>Messages ready in each queue of <see cref="VirtualHost"/>.</summary>
    public async Task<IReadOnlyDictionary<string, long>> QueueDepthsAsync()
    {
        var output = await CtlAsync("list_queues", "-p", VirtualHost, "-q", "--no-table-headers", "name", "messages_ready");
        var depths = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var columns = line.Split('\t', StringSplitOptions.TrimEntries);
            if (columns.Length == 2 && long.TryParse(columns[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                depths[columns[0]] = count;
            }
        }
        return depths;
    }

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }
        _folder = Directory.CreateTempSubdirectory("gateway-rabbitmq-").FullName;
        Port = FreePort.Next();
        var distPort = FreePort.Next();
        _epmdPort = FreePort.Next();
        NodeName = $"gwtest{Port}@localhost";
        foreach (var sub in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, sub));
        }
        var config = Path.Combine(_folder, "rabbitmq.conf");
        await File.WriteAllTextAsync(config, $"listeners.tcp.default = {Host}:{Port}\nloopback_users.guest = true\n");
        var plugins = Path.Combine(_folder, "enabled_plugins");
        await File.WriteAllTextAsync(plugins, "[].\n");
        var envFile = Path.Combine(_folder, "rabbitmq-env.conf");
        await File.WriteAllTextAsync(envFile, "");

        _environment["HOME"] = Path.Combine(_folder, "home");
        _environment["RABBITMQ_NODENAME"] = NodeName;
        _environment["RABBITMQ_NODE_IP_ADDRESS"] = Host;
        _environment["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture);
        _environment["RABBITMQ_DIST_PORT"] = distPort.ToString(CultureInfo.InvariantCulture);
        _environment["ERL_EPMD_PORT"] = _epmdPort.ToString(CultureInfo.InvariantCulture);
        _environment["ERL_EPMD_ADDRESS"] = Host;
        _environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia");
        _environment["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log");
        _environment["RABBITMQ_CONFIG_FILE"] = config;
        _environment["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(_folder, "advanced.config");
        _environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins;
        _environment["RABBITMQ_CONF_ENV_FILE"] = envFile;
        _environment["RABBITMQ_PID_FILE"] = Path.Combine(_folder, "rabbitmq.pid");
        _environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";

        try
        {
            _server = StartServer();
            await WaitForAmqpPortAsync();
            await CtlAsync("await_startup", "--timeout", "60");
            await CtlAsync("add_vhost", VirtualHost);
            await CtlAsync("set_permissions", "-p", VirtualHost, Username, ".*", ".*", ".*");
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_folder is not { } folder)
        {
            return;
        }
        _folder = null;
        try
        {
            await StopNodeAsync();
            if (ListeningProcess.FindPid(_epmdPort) is { } epmd)
            {
                using var process = Process.GetProcessById(epmd);
                process.Kill();
            }
        }
        finally
        {
            _server?.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Asks the node to stop; kills the server process by PID when it does not go within half a minute.</summary>
    private async Task StopNodeAsync()
    {
        if (_server is not { HasExited: false } server)
        {
            return;
        }
        try
        {
            await CtlAsync("stop");
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await server.WaitForExitAsync(wait.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private Process StartServer()
    {
        var info = new ProcessStartInfo(Path.Combine(Bin, "rabbitmq-server"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        foreach (var (name, value) in _environment)
        {
            info.Environment[name] = value;
        }
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_serverOutput)
        {
            if (_serverOutput.Length < 64_000)
            {
                _serverOutput.AppendLine(line);
            }
        }
    }

    private async Task WaitForAmqpPortAsync()
    {
        using var timeout = new CancellationTokenSource(StartupTimeout);
        try
        {
            while (true)
            {
                if (_server!.HasExited)
                {
                    throw new InvalidOperationException($"rabbitmq-server exited with {_server.ExitCode}: {ServerOutput()}");
                }
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
                    return;
                }
                catch (SocketException)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"RabbitMQ did not open port {Port} within {StartupTimeout}: {ServerOutput()}");
        }
    }

    private string ServerOutput()
    {
        lock (_serverOutput)
        {
            return _serverOutput.ToString();
        }
    }

    /// <summary>Runs rabbitmqctl against this node, with the node's environment (cookie, epmd port).</summary>
    private async Task<string> CtlAsync(params string[] arguments)
    {
        string[] command =
        [
            .. _environment.Select(pair => $"{pair.Key}={pair.Value}"),
            Path.Combine(Bin, "rabbitmqctl"), "-n", NodeName, .. arguments,
        ];
        var (code, output) = await ProcessRunner.RunAsync("/usr/bin/env", command, CtlTimeout);
        if (code != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({code}): {output}");
        }
        return output;
    }
}

[CollectionDefinition(Name)]
public sealed class RabbitMqGroup : ICollectionFixture<RabbitMqServer>
{
    public const string Name = "rabbitmq";
}

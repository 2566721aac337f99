using System.Diagnostics;

namespace Gateway.Host.Tests.Reliability;

/// <summary>`gateway run` as a real child process (the built executable next to the tests), so it can be SIGKILLed.</summary>
internal sealed class GatewayProcess : IDisposable
{
    private readonly Process _process;
    private readonly ProcessLog _log;

    private GatewayProcess(Process process, ProcessLog log, Uri healthUrl)
    {
        _process = process;
        _log = log;
        HealthUrl = healthUrl;
    }

    /// <param name="environment">Extra environment variables of the process (configuration overrides, OTEL_* settings).</param>
    public static GatewayProcess Start(string configFile, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "gateway"), ["run", "--config", configFile])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // each process its own health listener port: several gateways (and other tests) run at once
        var healthPort = FreePort.Next();
        info.Environment["Gateway__Health__Urls"] = $"http://127.0.0.1:{healthPort}";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("gateway did not start");
        // the output's last lines can arrive after Exited is raised: the log is closed when the process is disposed
        var log = new ProcessLog(Path.Combine(workingDirectory, "gateway.log"));
        process.OutputDataReceived += (_, e) => log.Write(e.Data);
        process.ErrorDataReceived += (_, e) => log.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new GatewayProcess(process, log, new Uri($"http://127.0.0.1:{healthPort}/"));
    }

    /// <summary>This process's health listener (<c>/healthz</c>, <c>/readyz</c>, <c>/metrics</c>).</summary>
    public Uri HealthUrl { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no shutdown code runs, exactly like a power cut of the process.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }
        _process.WaitForExit();
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
        _log.Dispose();
    }

    /// <summary>The process's stdout and stderr, line by line, into one file; lines after <see cref="Dispose"/> are dropped.</summary>
    private sealed class ProcessLog(string path) : IDisposable
    {
        private readonly StreamWriter _writer = new(path, append: true) { AutoFlush = true };
        private bool _closed;

        public void Write(string? line)
        {
            lock (_writer)
            {
                if (line is not null && !_closed)
                {
                    _writer.WriteLine(line);
                }
            }
        }

        public void Dispose()
        {
            lock (_writer)
            {
                _closed = true;
                _writer.Dispose();
            }
        }
    }
}

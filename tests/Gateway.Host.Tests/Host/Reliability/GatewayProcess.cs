using System.Diagnostics;

namespace Gateway.Host.Tests.Reliability;

/// <summary>`gateway run` as a real child process (the built executable next to the tests), so it can be SIGKILLed.</summary>
internal sealed class GatewayProcess : IDisposable
{
    private readonly Process _process;

    private GatewayProcess(Process process, Uri healthUrl)
    {
        _process = process;
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
        var log = new StreamWriter(Path.Combine(workingDirectory, "gateway.log"), append: true) { AutoFlush = true };
        var gate = new object();
        process.OutputDataReceived += (_, e) => { lock (gate) { if (e.Data is not null) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { lock (gate) { if (e.Data is not null) { log.WriteLine(e.Data); } } };
        process.Exited += (_, _) => { lock (gate) { log.Dispose(); } };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new GatewayProcess(process, new Uri($"http://127.0.0.1:{healthPort}/"));
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
    }
}

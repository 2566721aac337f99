using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Gateway.Host.Tests.Deployment;

/// <summary>
/// What the image runs, run on this machine (there is no Docker engine here): the output of the Dockerfile's
/// <c>dotnet publish</c>, started with the runtime stage's entrypoint, command, environment, working directory and user
/// (the image's folders relocated under a temporary root), answers the image's own HEALTHCHECK command and reads the
/// admin key from the secrets folder the image names.
/// </summary>
public sealed class ContainerStartTests : IDisposable
{
    private const string ImageUser = "10001";
    private readonly string _root = Path.Combine("/tmp", "gateway-image-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_published_output_starts_as_the_image_runs_it_and_passes_its_health_check()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var image = DockerfileInstructions.ReadRuntimeStage(Path.Combine(RepoPaths.Root, "docker", "Dockerfile"));
        Assert.Equal($"{ImageUser}:{ImageUser}", image.User);
        Directory.CreateDirectory(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await PublishAsync();
        var asRoot = Environment.UserName == "root";
        var state = Directory.CreateDirectory(Relocate("/var/lib/gateway")).FullName;
        var secrets = Directory.CreateDirectory(Relocate("/run/secrets")).FullName;
        const string adminKey = "image-admin-key-0123456789abcdef";
        await File.WriteAllTextAsync(Path.Combine(secrets, "Gateway__Admin__Users__0__ApiKey"), adminKey);
        var adminPort = FreePort.Next();
        var healthPort = FreePort.Next();
        var config = new JsonObject
        {
            ["Gateway"] = new JsonObject
            {
                ["Admin"] = new JsonObject
                {
                    ["Urls"] = $"http://127.0.0.1:{adminPort}",
                    ["Users"] = new JsonArray(new JsonObject { ["Name"] = "admin", ["Role"] = "Admin" }),
                },
                ["Health"] = new JsonObject { ["Urls"] = $"http://127.0.0.1:{healthPort}" },
            },
        };
        Directory.CreateDirectory(Relocate("/etc/gateway"));
        await File.WriteAllTextAsync(Relocate("/etc/gateway/gateway.json"), config.ToJsonString());
        // the image's files are readable by its user whatever umask this process runs with (the gateway's own code,
        // loaded by other tests in this process, sets 0077)
        var (chmod, chmodOutput) = await ProcessRunner.RunAsync("chmod", ["-R", "u+rwX,go+rX", _root], TimeSpan.FromSeconds(60));
        Assert.True(chmod == 0, chmodOutput);
        if (asRoot)
        {
            foreach (var path in new[] { state, secrets, Path.Combine(secrets, "Gateway__Admin__Users__0__ApiKey") })
            {
                await ChownAsync(path);
            }
        }

        using var gateway = Start(image, [.. image.Entrypoint, .. image.Command], asRoot);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(150);
            var healthy = false;
            while (!healthy && DateTime.UtcNow < deadline)
            {
                Assert.False(gateway.HasExited, $"the gateway stopped ({(gateway.HasExited ? gateway.ExitCode : 0)}): {await File.ReadAllTextAsync(Path.Combine(_root, "gateway.log"))}");
                using var check = Start(image, image.HealthCheck, asRoot, logName: "health.log");
                await check.WaitForExitAsync();
                healthy = check.ExitCode == 0;
                if (!healthy)
                {
                    await Task.Delay(500);
                }
            }
            Assert.True(healthy, "the image's HEALTHCHECK did not pass: " + await File.ReadAllTextAsync(Path.Combine(_root, "health.log")));

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{adminPort}/") };
            client.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
            // the HEALTHCHECK asks liveness, which the health listener answers before the admin web host has bound
            // its port (a loaded machine takes seconds between the two): the API answers within the same deadline
            Assert.Equal(System.Net.HttpStatusCode.OK, await AdminStatusAsync(client, deadline));
            if (asRoot)
            {
                var uid = File.ReadAllLines($"/proc/{gateway.Id}/status").Single(l => l.StartsWith("Uid:", StringComparison.Ordinal));
                Assert.Equal(ImageUser, uid.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1]);
            }
            Assert.True(File.Exists(Path.Combine(state, "gateway.db")), "the database is not in the image's state folder");
        }
        finally
        {
            gateway.Kill(entireProcessTree: true);
            await gateway.WaitForExitAsync();
        }
    }

    private static async Task<System.Net.HttpStatusCode> AdminStatusAsync(HttpClient client, DateTime deadline)
    {
        while (true)
        {
            try
            {
                return (await client.GetAsync("api/accounts")).StatusCode;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>The Dockerfile's own publish command, into the relocated <c>/opt/gateway</c>.</summary>
    private async Task PublishAsync()
    {
        var dockerfile = await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Root, "docker", "Dockerfile"));
        var publish = dockerfile.Single(l => l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal))[4..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var output = publish.IndexOf("-o");
        publish[output + 1] = Relocate("/opt/gateway");
        var (code, text) = await ProcessRunner.RunAsync("dotnet", [.. publish.Skip(1)], TimeSpan.FromMinutes(10), RepoPaths.Root);
        Assert.True(code == 0, "dotnet publish failed:\n" + text);
    }

    private Process Start(DockerfileInstructions image, IReadOnlyList<string> command, bool asRoot, string logName = "gateway.log")
    {
        var arguments = command.Select(Relocate).ToList();
        var info = asRoot
            ? new ProcessStartInfo("setpriv", ["--reuid", ImageUser, "--regid", ImageUser, "--clear-groups", "--", .. arguments])
            : new ProcessStartInfo(arguments[0], arguments.Skip(1));
        info.WorkingDirectory = Relocate(image.WorkDir);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        info.Environment["HOME"] = Relocate("/var/lib/gateway");
        foreach (var (key, value) in image.Environment)
        {
            info.Environment[key] = Relocate(value);
        }
        var process = Process.Start(info)!;
        var log = new StreamWriter(Path.Combine(_root, logName), append: false) { AutoFlush = true };
        var gate = new object();
        process.OutputDataReceived += (_, e) => { lock (gate) { log.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (gate) { log.WriteLine(e.Data); } };
        process.Exited += (_, _) => { lock (gate) { log.Flush(); } };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task ChownAsync(string path)
    {
        var (code, text) = await ProcessRunner.RunAsync("chown", [$"{ImageUser}:{ImageUser}", path], TimeSpan.FromSeconds(30));
        Assert.True(code == 0, text);
    }

    /// <summary>An image path under the temporary root (the image's folders are the only absolute paths it uses).</summary>
    private string Relocate(string value)
    {
        foreach (var folder in new[] { "/opt/gateway", "/var/lib/gateway", "/etc/gateway", "/run/secrets" })
        {
            value = value.Replace(folder, _root + folder, StringComparison.Ordinal);
        }
        return value;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

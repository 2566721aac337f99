using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Gateway.Host.Tests.Deployment;

/// <summary>
/// <c>docker/compose.yaml</c> checked the way <c>docker compose config</c> would resolve it (no Docker engine here):
/// after <c>docker/setup.sh</c> in a copy of the folder, every file, secret, variable and port it names exists and
/// agrees with the gateway's configuration and the image.
/// </summary>
public sealed partial class ComposeFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-compose-").FullName;

    private string Docker => Path.Combine(_directory, "docker");

    [Fact]
    public async Task After_setup_every_file_secret_variable_and_port_compose_names_exists_and_agrees()
    {
        if (!File.Exists("/usr/bin/ssh-keygen") || !File.Exists("/usr/bin/openssl"))
        {
            Assert.Fail("docker/setup.sh needs ssh-keygen and openssl (apt-get install openssh-client openssl)");
        }
        CopyDockerFolder();
        var (code, output) = await ProcessRunner.RunAsync("/bin/bash", [Path.Combine(Docker, "setup.sh")], TimeSpan.FromSeconds(60));
        Assert.True(code == 0, output);
        var environment = ReadEnvFile(Path.Combine(Docker, ".env"));
        var compose = LoadYaml(Path.Combine(Docker, "compose.yaml"));

        // every ${VAR} is set by setup.sh's .env
        var text = await File.ReadAllTextAsync(Path.Combine(Docker, "compose.yaml"));
        var variables = Variable().Matches(text).Select(m => m.Groups["name"].Value).Distinct().ToList();
        Assert.NotEmpty(variables);
        Assert.All(variables, v => Assert.True(environment.ContainsKey(v) && environment[v].Length > 0, $"${{{v}}} is not set by setup.sh"));

        var services = Map(compose, "services");
        var secrets = Map(compose, "secrets");
        foreach (var (name, service) in services.Children.Select(c => (Scalar(c.Key), (YamlMappingNode)c.Value)))
        {
            Assert.True(service.Children.ContainsKey("image") || service.Children.ContainsKey("build"), $"{name}: no image or build");
            if (Optional(service, "image") is { } image)
            {
                Assert.Matches(@":(?!latest$)[\w.-]+$", Scalar(image)); // a chosen tag, never an implicit or explicit latest
            }
            else
            {
                var build = (YamlMappingNode)service["build"];
                var context = Path.GetFullPath(Path.Combine(Docker, Scalar(build["context"])));
                var dockerfile = Scalar(build["dockerfile"]);
                Assert.True(File.Exists(Path.Combine(context, dockerfile)), $"{name}: {dockerfile} not found in its build context");
            }
            foreach (var volume in Sequence(service, "volumes").Select(Scalar).Where(v => v.StartsWith("./", StringComparison.Ordinal)))
            {
                var source = Path.Combine(Docker, volume.Split(':')[0]);
                Assert.True(File.Exists(source) || Directory.Exists(source), $"{name}: volume source {volume} not found");
            }
            foreach (var secret in Sequence(service, "secrets"))
            {
                var source = secret is YamlMappingNode map ? Scalar(map["source"]) : Scalar(secret);
                Assert.True(secrets.Children.ContainsKey(source), $"{name}: secret {source} is not defined");
            }
        }
        foreach (var (name, secret) in secrets.Children.Select(c => (Scalar(c.Key), (YamlMappingNode)c.Value)))
        {
            var file = Path.Combine(Docker, Scalar(secret["file"]));
            Assert.True(File.Exists(file) && new FileInfo(file).Length > 0, $"secret {name}: {file} missing or empty");
        }

        // RabbitMQ in a supported series (3.13 or 4.x)
        Assert.Matches(@"^rabbitmq:(4\.|3\.13)", Scalar(((YamlMappingNode)services["rabbitmq"])["image"]));

        var gateway = (YamlMappingNode)services["gateway"];
        var env = ((YamlMappingNode)gateway["environment"]).Children.ToDictionary(c => Scalar(c.Key), c => Scalar(c.Value), StringComparer.Ordinal);
        var secretTargets = Sequence(gateway, "secrets").OfType<YamlMappingNode>().Select(s => Scalar(s["target"])).ToList();
        foreach (var valueSecret in Sequence(gateway, "secrets").OfType<YamlMappingNode>().Where(s => Scalar(s["target"]).Contains("__", StringComparison.Ordinal)))
        {
            // a configuration value read from /run/secrets (GATEWAY_SECRETS_DIR): one line, no trailing newline
            var file = Path.Combine(Docker, Scalar(((YamlMappingNode)secrets[Scalar(valueSecret["source"])])["file"]));
            Assert.DoesNotContain('\n', await File.ReadAllTextAsync(file));
        }
        // an admin user: name and role in the environment, the key as a secret only
        Assert.Equal("admin", env["Gateway__Admin__Users__0__Name"]);
        Assert.Contains("Gateway__Admin__Users__0__ApiKey", secretTargets);
        Assert.DoesNotContain(env.Keys, k => k.EndsWith("ApiKey", StringComparison.Ordinal) || k.EndsWith("ConnectionString", StringComparison.Ordinal));
        Assert.Contains("Gateway__Database__ConnectionString", secretTargets);

        // the published port is the one the gateway listens on
        var config = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Docker, "gateway.compose.json")))!;
        var adminPort = new Uri(config["Gateway"]!["Admin"]!["Urls"]!.GetValue<string>().Replace("0.0.0.0", "localhost", StringComparison.Ordinal)).Port;
        var published = Sequence(gateway, "ports").Select(Scalar).Select(p => int.Parse(p.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(adminPort, published);

        // the SFTP account the gateway pushes to is the service compose starts, with the key and pin setup made
        var sftp = config["Gateway"]!["Accounts"]!["arbodienst"]!["Delivery"]!["Sftp"]!;
        Assert.True(services.Children.ContainsKey(sftp["Host"]!.GetValue<string>()));
        Assert.Equal("/run/secrets/arbo-client-key", sftp["PrivateKeyFile"]!.GetValue<string>());
        Assert.Contains("arbo-client-key", secretTargets);
        Assert.Equal("${ARBO_SFTP_HOSTKEY:?run docker/setup.sh first}", env["Gateway__Accounts__arbodienst__Delivery__Sftp__HostKey"]);
        var (_, fingerprint) = await ProcessRunner.RunAsync("/usr/bin/ssh-keygen", ["-l", "-E", "sha256", "-f", Path.Combine(Docker, "sftp-host-keys", "ssh_host_ed25519_key.pub")], TimeSpan.FromSeconds(30));
        Assert.Equal(fingerprint.Split(' ')[1], environment["ARBO_SFTP_HOSTKEY"]);
        Assert.Contains("./sftp-host-keys/ssh_host_ed25519_key:/etc/ssh/ssh_host_ed25519_key:ro", Sequence((YamlMappingNode)services["arbodienst-sftp"], "volumes").Select(Scalar));

        // running setup.sh again keeps every key and pin
        var before = await File.ReadAllTextAsync(Path.Combine(Docker, ".env"));
        var again = await ProcessRunner.RunAsync("/bin/bash", [Path.Combine(Docker, "setup.sh")], TimeSpan.FromSeconds(60));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(before, await File.ReadAllTextAsync(Path.Combine(Docker, ".env")));
    }

    [Fact]
    public async Task The_image_runs_the_aspnet_runtime_as_a_non_root_user_and_the_build_context_leaves_out_outputs_and_secrets()
    {
        var dockerfile = await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Root, "docker", "Dockerfile"));
        var runtime = dockerfile.SkipWhile(l => !l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(runtime);
        var user = runtime.Single(l => l.StartsWith("USER ", StringComparison.Ordinal))[5..].Trim();
        Assert.NotEqual("root", user);
        Assert.NotEqual("0", user.Split(':')[0]);
        Assert.Contains(runtime, l => l.StartsWith("ENTRYPOINT [\"/opt/gateway/gateway\"]", StringComparison.Ordinal));

        var ignored = (await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Root, ".dockerignore"))).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);
        foreach (var entry in new[] { ".git", "**/bin", "**/obj", "docker/secrets", "docker/.env", "docker/sftp-host-keys" })
        {
            Assert.Contains(entry, ignored);
        }
    }

    private void CopyDockerFolder()
    {
        var source = Path.Combine(RepoPaths.Root, "docker");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("secrets", StringComparison.Ordinal) || relative.StartsWith("sftp-host-keys", StringComparison.Ordinal) || relative == ".env")
            {
                continue; // a developer's own installation is not the fresh one this test checks
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Docker, relative))!);
            File.Copy(file, Path.Combine(Docker, relative));
        }
        // the build context (..) holds the Dockerfile's folder
        Assert.True(File.Exists(Path.Combine(Docker, "Dockerfile")));
    }

    private static Dictionary<string, string> ReadEnvFile(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static YamlMappingNode LoadYaml(string path)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(path);
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static YamlNode? Optional(YamlMappingNode node, string key) => node.Children.TryGetValue(key, out var value) ? value : null;

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlSequenceNode sequence ? sequence.Children : [];

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    [GeneratedRegex(@"\$\{(?<name>[A-Z_][A-Z0-9_]*)")]
    private static partial Regex Variable();

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

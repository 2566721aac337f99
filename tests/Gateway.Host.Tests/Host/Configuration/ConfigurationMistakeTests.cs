namespace Gateway.Host.Tests.Configuration;

/// <summary>
/// The built `gateway` executable refuses each kind of configuration mistake before it starts anything: exit code 2,
/// one line naming the configuration path (or file) of the problem, and no stack trace unless Debug logging is configured.
/// </summary>
public sealed class ConfigurationMistakeTests : IDisposable
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-config-" + Guid.NewGuid().ToString("N"))).FullName;

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "unknown database provider", """{"Gateway":{"Database":{"Provider":"Oracle"}}}""", "Gateway:Database:Provider is 'Oracle'" },
        { "number that is not one", """{"Gateway":{"Delivery":{"Retry":{"MaxAttempts":"lots"}}}}""", "Gateway:Delivery:Retry:MaxAttempts is 'lots', which is not a whole number" },
        { "OTLP endpoint that is not an address", """{"Gateway":{"Telemetry":{"Otlp":{"Endpoint":"collector:4317"}}}}""", "Gateway:Telemetry:Otlp:Endpoint: 'collector:4317' is not an http(s) address" },
        { "duration that is not one", """{"Gateway":{"Host":{"PollInterval":"soon"}}}""", "Gateway:Host:PollInterval is 'soon', which is not a duration" },
        { "unknown admin role", """{"Gateway":{"Admin":{"Users":[{"Name":"boss","ApiKey":"0123456789abcdef-boss","Role":"Boss"},{"Name":"ok","ApiKey":"0123456789abcdef-ok","Role":"Admin"}]}}}""",
            "Gateway:Admin:Users:0:Role is 'Boss', which is not one of Admin, Auditor" },
        { "unknown delivery kind", """{"Gateway":{"Accounts":{"arbo":{"Integration":"demo","Delivery":{"Kind":"Carrier"}}}}}""", "Gateway:Accounts:arbo:Delivery:Kind is 'Carrier'" },
        { "release not installed", """{"Gateway":{"Accounts":{"arbo":{"Integration":"demo","Mapping":{"Release":"2023"}}}}}""", "Gateway:Accounts:arbo:Mapping:Release '2023' is not installed" },
        { "account on an unknown integration", """{"Gateway":{"Accounts":{"arbo":{"Integration":"nope","Mapping":{"Release":"2025"}}}}}""", "Gateway:Accounts:arbo:Integration 'nope' is not configured" },
        { "rule of a section", """{"Gateway":{"Delivery":{"Retry":{"MaxAttempts":0}}}}""", "Gateway:Delivery:Retry:MaxAttempts must be at least 1" },
        { "malformed JSON", """{"Gateway": {"Database": """, "gateway.json" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Run_refuses_the_mistake_naming_its_path(string mistake, string json, string expected)
    {
        var config = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(config, json);

        var (exit, output) = await GatewayAsync("run", "--config", config);

        Assert.True(exit == 2, $"{mistake}: exit {exit}\n{output}");
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_check_lists_every_problem_and_run_refuses_a_missing_file()
    {
        var config = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(config, """{"Gateway":{"Database":{"Provider":"Oracle"},"Bus":{"Retry":{"Limit":"many"}},"Admin":{"Users":[{"Name":"a","ApiKey":"0123456789abcdef-a","Role":"Boss"}]}}}""");

        var (exit, output) = await GatewayAsync("config", "check", "--config", config);
        var (missingExit, missing) = await GatewayAsync("run", "--config", Path.Combine(_directory, "absent.json"));

        Assert.Equal(2, exit);
        Assert.Contains("Gateway:Database:Provider", output, StringComparison.Ordinal);
        Assert.Contains("Gateway:Bus:Retry:Limit is 'many'", output, StringComparison.Ordinal);
        Assert.Contains("Gateway:Admin:Users:0:Role is 'Boss'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal(2, missingExit);
        Assert.Contains("absent.json: the file does not exist", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_check_accepts_a_good_configuration_and_shows_the_stack_trace_only_at_debug()
    {
        var good = Path.Combine(_directory, "good.json");
        await File.WriteAllTextAsync(good, """{"Gateway":{"SecretKeyFile":"secret.key","Admin":{"Users":[{"Name":"a","ApiKey":"0123456789abcdef-a","Role":"Admin"}]}}}""");
        var debug = Path.Combine(_directory, "debug.json");
        await File.WriteAllTextAsync(debug, """{"Gateway":{"Database":{"Provider":"Oracle"}},"Serilog":{"MinimumLevel":"Debug"}}""");

        var (exit, output) = await GatewayAsync("config", "check", "--config", good);
        var (debugExit, debugOutput) = await GatewayAsync("config", "check", "--config", debug);

        Assert.True(exit == 0, output);
        Assert.Contains("configuration OK", output, StringComparison.Ordinal);
        Assert.Equal(2, debugExit);
        Assert.Contains("   at ", debugOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_alone_lists_the_commands()
    {
        var (exit, output) = await GatewayAsync();

        Assert.Equal(0, exit);
        Assert.Contains("run", output, StringComparison.Ordinal);
        Assert.Contains("config", output, StringComparison.Ordinal);
        Assert.Contains("validate", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", output, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Output)> GatewayAsync(params string[] args) =>
        ProcessRunner.RunAsync(Path.Combine(AppContext.BaseDirectory, "gateway"), args, TimeSpan.FromSeconds(60), _directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

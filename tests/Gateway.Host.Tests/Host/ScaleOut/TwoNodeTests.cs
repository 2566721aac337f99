using System.Text.Json;
using System.Text.Json.Nodes;
using Afas.Simulator.Hosting;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Host.Tests.Reliability;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Tests.ScaleOut;

/// <summary>
/// Two real `gateway run` processes on one PostgreSQL database and one RabbitMQ broker, pulling the AFAS simulator on a
/// once-a-minute schedule and pushing to a real sshd: every scheduled pull runs once (not once per node), every
/// message reaches the receiver exactly once, the daily uitval e-mail (due two minutes after the start) is sent once,
/// not once per node, and both nodes keep running.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class TwoNodeTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-two-nodes-" + Guid.NewGuid().ToString("N"));
    private static readonly JsonSerializerOptions EnumsAsText = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly RabbitMqServer _rabbit = new();

    public Task InitializeAsync() => RabbitMqServer.UnavailableReason is null ? _rabbit.InitializeAsync() : Task.CompletedTask;

    [RequiresTwoNodeInfrastructureFact]
    public async Task Two_nodes_share_the_work_run_each_scheduled_pull_once_and_deliver_everything_once()
    {
        using var sshd = SshdServer.Start();
        await using var smtp = new SmtpSink();
        await using var simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions { Employees = 60, Seed = 5, StartDate = DateOnly.FromDateTime(DateTime.Today) });
        var database = await postgres.CreateDatabaseAsync();
        await database.MigrateAsync(default);
        await ActivateEmployersAsync(database, simulator);
        var config = await WriteConfigAsync(database, simulator, sshd, smtp);

        using var first = GatewayProcess.Start(config, Directory.CreateDirectory(Path.Combine(_directory, "a")).FullName);
        using var second = GatewayProcess.Start(config, Directory.CreateDirectory(Path.Combine(_directory, "b")).FullName);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(170));
        while (!await EverythingDeliveredAsync(database))
        {
            Assert.False(first.HasExited || second.HasExited, "a gateway node stopped by itself:\n" + LogTails());
            await Task.Delay(500, timeout.Token);
        }
        Assert.False(first.HasExited || second.HasExited, "a gateway node stopped by itself:\n" + LogTails());
        using (var mailDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(200)))
        {
            await smtp.WaitForMessagesAsync(1, mailDeadline.Token);
        }
        await Task.Delay(TimeSpan.FromSeconds(5)); // room for a second node's copy, which must not come
        Assert.False(first.HasExited || second.HasExited, "a gateway node stopped by itself:\n" + LogTails());
        Assert.Equal(["arbo@example.nl"], Assert.Single(smtp.Messages).Recipients);
        first.KillHard();
        second.KillHard();

        await using var context = database.CreateContext();
        var runs = await context.PullRuns.AsNoTracking().Where(r => r.Status == PullStatus.Succeeded).ToListAsync();
        foreach (var occurrence in runs.GroupBy(r => (r.Connector, Minute: r.StartedUtc.Ticks / TimeSpan.TicksPerMinute)))
        {
            Assert.True(occurrence.Count() == 1, $"{occurrence.Key.Connector} ran {occurrence.Count()} times for one schedule");
        }
        Assert.Equal(6, runs.Select(r => r.Connector).Distinct().Count());
        var messages = await context.LedgerMessages.AsNoTracking().Select(m => m.FileName).ToListAsync();
        Assert.NotEmpty(messages);
        Assert.Equal(messages.Order(), Directory.GetFiles(sshd.LocalUploadDirectory).Select(Path.GetFileName).Order()!);
    }

    /// <summary>The end of each node's log, to tell why a node stopped.</summary>
    private string LogTails() => string.Join("\n", new[] { "a", "b" }.Select(node =>
    {
        var log = Path.Combine(_directory, node, "gateway.log");
        return $"--- node {node}:\n" + (File.Exists(log) ? string.Join("\n", File.ReadLines(log).TakeLast(40)) : "(no log)");
    }));

    private static async Task<bool> EverythingDeliveredAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        var connectors = await context.PullRuns.Where(r => r.Status == PullStatus.Succeeded).Select(r => r.Connector).Distinct().CountAsync();
        var undelivered = await context.LedgerMessages.CountAsync(m => m.State != LedgerState.Delivered);
        var cursor = await context.ConversionCursors.Select(c => (long?)c.LastMutationId).MaxAsync() ?? 0;
        var lastMutation = await context.SourceMutations.Select(m => (long?)m.Id).MaxAsync() ?? -1;
        return connectors == 6 && undelivered == 0 && cursor == lastMutation;
    }

    /// <summary>The employers are activated up front (as an admin would after the first Werkgevers pull).</summary>
    private static async Task ActivateEmployersAsync(GatewayDatabase database, AfasSimulatorServer simulator)
    {
        await using var context = database.CreateContext();
        foreach (var code in new[] { "01", "02", "03", "04", "05" })
        {
            context.Employers.Add(new Gateway.Core.Employers.Employer { Integration = "afas", Code = code, Name = code, Active = true, FirstSeenUtc = DateTime.UtcNow });
        }
        await context.SaveChangesAsync();
        Assert.NotNull(simulator.BaseUrl);
    }

    private async Task<string> WriteConfigAsync(GatewayDatabase database, AfasSimulatorServer simulator, SshdServer sshd, SmtpSink smtp)
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var mailAt = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(2), amsterdam);
        Directory.CreateDirectory(_directory);
        var every = new JsonObject { ["Schedule"] = new JsonArray("* * * * *") };
        var connectors = new JsonObject();
        foreach (var connector in Gateway.Afas.Sync.SyncOrder.Connectors)
        {
            connectors[connector] = every.DeepClone();
        }
        var profile = Profiles.For([], "2025", p => { p.Integration = "afas"; p.Account = "arbo"; });
        foreach (var code in new[] { "01", "02", "03", "04", "05" })
        {
            profile.Employers.Add(Profiles.Employer(code));
        }
        var root = new JsonObject
        {
            ["Gateway"] = new JsonObject
            {
                ["Database"] = new JsonObject { ["Provider"] = "Postgres", ["ConnectionString"] = database.Options.EffectiveConnectionString },
                ["Bus"] = new JsonObject
                {
                    ["Transport"] = "RabbitMq",
                    ["RabbitMq"] = new JsonObject { ["Host"] = _rabbit.Host, ["Port"] = _rabbit.Port, ["VirtualHost"] = _rabbit.VirtualHost, ["Username"] = _rabbit.Username, ["Password"] = _rabbit.Password },
                },
                ["SecretKeyFile"] = Path.Combine(_directory, "secret.key"),
                ["Host"] = new JsonObject { ["PollInterval"] = "00:00:00.300" },
                ["UitvalReport"] = new JsonObject
                {
                    ["Smtp"] = new JsonObject { ["Host"] = smtp.Host, ["Port"] = smtp.Port, ["UseStartTls"] = false },
                    ["Time"] = mailAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    ["TimeZone"] = "Europe/Amsterdam",
                    ["SendWhenEmpty"] = true,
                    ["Recipients"] = new JsonObject { ["arbo"] = new JsonObject { ["Addresses"] = new JsonArray("arbo@example.nl") } },
                },
                ["Integrations"] = new JsonObject { ["afas"] = new JsonObject { ["Afas"] = new JsonObject { ["BaseUrl"] = simulator.BaseUrl.ToString(), ["Token"] = simulator.Token }, ["Connectors"] = connectors } },
                ["Accounts"] = new JsonObject
                {
                    ["arbo"] = new JsonObject
                    {
                        ["Integration"] = "afas",
                        ["Delivery"] = new JsonObject
                        {
                            ["Kind"] = "SftpPush",
                            ["Sftp"] = new JsonObject { ["Host"] = "127.0.0.1", ["Port"] = sshd.Port, ["Username"] = sshd.UserName, ["Password"] = sshd.Password, ["HostKey"] = sshd.HostKeys, ["RemoteFolder"] = sshd.UploadDirectory },
                        },
                        ["Mapping"] = JsonSerializer.SerializeToNode(profile, EnumsAsText),
                    },
                },
            },
            ["Serilog"] = new JsonObject { ["MinimumLevel"] = "Warning" },
        };
        var path = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(path, root.ToJsonString());
        return path;
    }

    public async Task DisposeAsync()
    {
        if (RabbitMqServer.UnavailableReason is null)
        {
            await _rabbit.DisposeAsync();
        }
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

/// <summary>Needs sshd, RabbitMQ and PostgreSQL; skipped with the reason where one is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresTwoNodeInfrastructureFactAttribute : FactAttribute
{
    public RequiresTwoNodeInfrastructureFactAttribute()
    {
        if ((SshdAvailability.UnavailableReason ?? RabbitMqServer.UnavailableReason ?? PostgresServer.UnavailableReason) is { } reason)
        {
            Skip = reason;
        }
    }
}

using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Afas.Simulator.Faults;
using Afas.Simulator.Hosting;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Gateway.Host.Tests.Reliability;

/// <summary>
/// `gateway run` is SIGKILLed while it holds a lease — converting, delivering, taking in a partner's files, pulling —
/// and started again at once with the default lease settings. Each stage must go on within seconds of starting the new
/// process (conversion and receiving: they hold their lease again; delivery: the next message is delivered; a pull:
/// the first scheduled one runs), because the dead predecessor's leases are taken over, not waited out; in the end
/// everything is delivered exactly once.
/// </summary>
public sealed class CrashResumeTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>From starting the new process to the stage's next step; the old leases made this 30 s (delivery), 5 min (conversion), 10 min (pulls, receiving).</summary>
    private static readonly TimeSpan ResumeBound = TimeSpan.FromSeconds(10);

    private static readonly JsonSerializerOptions EnumsAsText = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-resume-" + Guid.NewGuid().ToString("N"))).FullName;
    private GatewayProcess? _gateway;

    [RequiresSshdFact]
    public async Task Conversion_delivery_and_receiving_resume_within_seconds_of_a_restart_after_a_kill()
    {
        using var sshd = SshdServer.Start();
        await using var simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions { Employees = 400, Seed = 11, StartDate = DateOnly.FromDateTime(DateTime.Today) });
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" });
        await database.MigrateAsync(default);
        await ActivateEmployersAsync(database);
        var inbox = Directory.CreateDirectory(Path.Combine(_directory, "hosted", "acmein", "inbox")).FullName;
        Directory.CreateDirectory(Path.Combine(_directory, "hosted", "acmein", "retour"));
        var config = await WriteConfigAsync(simulator, sshd, schedule: "0 0 1 1 *", receiving: true);
        var pull = await GatewayCliRunner.RunAsync("sync", "--integration", "afas", "--once", "--config", config);
        Assert.True(pull.Exit == 0, pull.Output + pull.Error);

        Start(config);
        var conversion = await KillWhileHeldAsync("convert:arbo", async () => await CursorAsync(database) < await LastMutationAsync(database), database);
        var cursor = await CursorAsync(database);
        var converted = await RestartAndMeasureAsync(config, "conversion", async () =>
            await TakenOverAsync(database, "convert:arbo", conversion) || await CursorAsync(database) > cursor ? 1 : 0);

        var delivery = await KillWhileHeldAsync("deliver:arbo", async () => await CountAsync(database, LedgerState.Queued) > 0, database);
        var delivered = await RestartAndMeasureAsync(config, "delivery", () => CountAsync(database, LedgerState.Delivered));

        for (var i = 0; i < 40; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(inbox, $"VZ{i:D4}.xml"), "not a SIVI message");
        }
        var receivingHolder = await KillWhileHeldAsync("receive:acme", () => Task.FromResult(Directory.GetFiles(inbox).Length > 0), database);
        var received = await RestartAndMeasureAsync(config, "receiving", async () =>
            await TakenOverAsync(database, "receive:acme", receivingHolder) || Directory.GetFiles(inbox).Length < 40 ? 1 : 0);

        output.WriteLine($"after the restart: conversion {converted.TotalSeconds:0.0} s, delivery {delivered.TotalSeconds:0.0} s, receiving {received.TotalSeconds:0.0} s");
        Assert.True(converted < ResumeBound, $"conversion went on {converted.TotalSeconds:0.0} s after the restart (lease left by {conversion})");
        Assert.True(delivered < ResumeBound, $"delivery went on {delivered.TotalSeconds:0.0} s after the restart (lease left by {delivery})");
        Assert.True(received < ResumeBound, $"receiving went on {received.TotalSeconds:0.0} s after the restart (lease left by {receivingHolder})");

        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4)))
        {
            while (await CursorAsync(database) < await LastMutationAsync(database) || await CountAsync(database, LedgerState.Delivered) < await CountAllAsync(database)
                || Directory.GetFiles(inbox).Length > 0)
            {
                Assert.False(_gateway!.HasExited, "gateway stopped by itself:\n" + LogTail());
                await Task.Delay(200, timeout.Token);
            }
        }
        _gateway!.KillHard();
        await using var context = database.CreateContext();
        var messages = await context.LedgerMessages.AsNoTracking().Select(m => m.FileName).ToListAsync();
        Assert.NotEmpty(messages);
        Assert.Equal(messages.Order(), Directory.GetFiles(sshd.LocalUploadDirectory).Select(Path.GetFileName).Order()!);
    }

    [RequiresSshdFact]
    public async Task The_first_scheduled_pull_after_a_restart_runs_although_the_killed_process_held_its_lease()
    {
        using var sshd = SshdServer.Start();
        await using var simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions { Employees = 30, Seed = 12, StartDate = DateOnly.FromDateTime(DateTime.Today) });
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" });
        await database.MigrateAsync(default);
        await ActivateEmployersAsync(database);
        var config = await WriteConfigAsync(simulator, sshd, schedule: "* * * * *", receiving: false);
        // the minute's Organigram pull hangs on AFAS, so the process is killed while it holds the pull's lease
        simulator.Faults.Inject(Gateway.Core.Integrations.AfasConnectorIds.Organigram, new SimulatedFault(SimulatedFaultKind.SlowResponse) { Delay = TimeSpan.FromSeconds(30) }, 100);

        Start(config);
        var lease = "pull:afas:" + Gateway.Core.Integrations.AfasConnectorIds.Organigram;
        await KillWhileHeldAsync(lease, () => Task.FromResult(true), database, TimeSpan.FromSeconds(90));
        simulator.Faults.Clear();
        var restarted = DateTime.UtcNow;
        Start(config);
        // the first scheduled minute after the restart pulls Organigram (an old lease made it skip that pull for 10 minutes)
        var firstMinute = new DateTime(restarted.Ticks - restarted.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).AddMinutes(1);
        if (firstMinute - restarted < ResumeBound)
        {
            firstMinute = firstMinute.AddMinutes(1); // too close: the new process may still be starting then, so it may run at the next minute
        }
        using var timeout = new CancellationTokenSource(firstMinute - DateTime.UtcNow + TimeSpan.FromSeconds(45));
        PullRun? run = null;
        while (run is null)
        {
            Assert.False(_gateway!.HasExited, "gateway stopped by itself:\n" + LogTail());
            await Task.Delay(200, timeout.Token);
            await using var context = database.CreateContext();
            run = await context.PullRuns.AsNoTracking().Where(r => r.Connector == Gateway.Core.Integrations.AfasConnectorIds.Organigram
                && r.StartedUtc >= restarted && r.Status == PullStatus.Succeeded).FirstOrDefaultAsync();
        }
        output.WriteLine($"restarted {restarted:HH:mm:ss.fff}, first pull after it started {run.StartedUtc:HH:mm:ss.fff}");
        var scheduled = new DateTime(run.StartedUtc.Ticks - run.StartedUtc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        Assert.True(scheduled <= firstMinute && run.StartedUtc - scheduled < ResumeBound, $"the pull after the restart started at {run.StartedUtc:HH:mm:ss.fff} (restart {restarted:HH:mm:ss.fff})");
    }

    private void Start(string config) => _gateway = GatewayProcess.Start(config, _directory);

    /// <summary>Waits until the gateway holds <paramref name="lease"/> while <paramref name="pending"/> says work is left, SIGKILLs it, and returns the dead holder (whose lease is still there).</summary>
    private async Task<string> KillWhileHeldAsync(string lease, Func<Task<bool>> pending, GatewayDatabase database, TimeSpan? wait = null)
    {
        using (var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(90)))
        {
            while (await HolderAsync(database, lease) is null || !await pending())
            {
                Assert.False(_gateway!.HasExited, "gateway stopped by itself:\n" + LogTail());
                await Task.Delay(20, timeout.Token);
            }
        }
        _gateway!.Dispose(); // SIGKILL
        _gateway = null;
        var holder = await HolderAsync(database, lease);
        Assert.True(holder is not null, $"{lease} was released before the kill took effect");
        return holder;
    }

    /// <summary>Starts the gateway again and measures how long until <paramref name="progress"/> moves.</summary>
    private async Task<TimeSpan> RestartAndMeasureAsync(string config, string stage, Func<Task<long>> progress)
    {
        var before = await progress();
        var clock = Stopwatch.StartNew();
        Start(config);
        while (await progress() <= before)
        {
            Assert.False(_gateway!.HasExited, "gateway stopped by itself:\n" + LogTail());
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{stage} did not go on within a minute of the restart");
            await Task.Delay(50);
        }
        return clock.Elapsed;
    }

    private async Task<string> WriteConfigAsync(AfasSimulatorServer simulator, SshdServer sshd, string schedule, bool receiving)
    {
        var connectors = new JsonObject();
        foreach (var connector in Gateway.Afas.Sync.SyncOrder.Connectors)
        {
            connectors[connector] = new JsonObject { ["Schedule"] = new JsonArray(schedule) };
        }
        var profile = Profiles.For([], "2025", p => { p.Integration = "afas"; p.Account = "arbo"; });
        foreach (var code in EmployerCodes)
        {
            profile.Employers.Add(Profiles.Employer(code));
        }
        var gateway = new JsonObject
        {
            ["Database"] = new JsonObject { ["ConnectionString"] = $"Data Source={Path.Combine(_directory, "gateway.db")}" },
            ["SecretKeyFile"] = Path.Combine(_directory, "secret.key"),
            ["Host"] = new JsonObject { ["PollInterval"] = "00:00:00.200", ["RetourPollInterval"] = "00:00:00.500", ["StateDirectory"] = Path.Combine(_directory, "state") },
            ["HostedSftp"] = new JsonObject { ["ChrootRoot"] = Path.Combine(_directory, "hosted") },
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
        };
        if (receiving)
        {
            gateway["ReceivingAccounts"] = new JsonObject
            {
                ["acme"] = new JsonObject
                {
                    ["Kind"] = "HostedSftp",
                    ["Transport"] = new JsonObject { ["UserName"] = "acmein", ["AuthorizedPublicKey"] = (await File.ReadAllTextAsync(sshd.KeyEd25519 + ".pub")).Trim(), ["RetourmeldingFolder"] = "/retour" },
                    ["AuthorisedEmployers"] = new JsonArray("WG-0001"),
                    ["ProcessingBlocked"] = false,
                    ["ImportConfigurations"] = new JsonArray(new JsonObject { ["MessageType"] = "Verzuimmeldingen", ["Release"] = "2025", ["Folder"] = "/inbox", ["FileFilter"] = "VZ*.xml" }),
                },
            };
        }
        var path = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(path, new JsonObject { ["Gateway"] = gateway, ["Serilog"] = new JsonObject { ["MinimumLevel"] = "Warning" } }.ToJsonString());
        return path;
    }

    private static readonly string[] EmployerCodes = ["01", "02", "03", "04", "05"];

    /// <summary>The employers are activated up front (as an admin would after the first Werkgevers pull).</summary>
    private static async Task ActivateEmployersAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        foreach (var code in EmployerCodes)
        {
            context.Employers.Add(new Gateway.Core.Employers.Employer { Integration = "afas", Code = code, Name = code, Active = true, FirstSeenUtc = DateTime.UtcNow });
        }
        await context.SaveChangesAsync();
    }

    private static async Task<string?> HolderAsync(GatewayDatabase database, string lease)
    {
        await using var context = database.CreateContext();
        return await context.Leases.AsNoTracking().Where(l => l.Name == lease).Select(l => l.Holder).SingleOrDefaultAsync();
    }

    /// <summary>Whether the stage took its lease again since <paramref name="deadHolder"/> left it: it is working again.</summary>
    private static async Task<bool> TakenOverAsync(GatewayDatabase database, string lease, string deadHolder) =>
        await HolderAsync(database, lease) is { } holder && holder != deadHolder;

    private static async Task<long> CursorAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.ConversionCursors.Where(c => c.Account == "arbo").Select(c => (long?)c.LastMutationId).SingleOrDefaultAsync() ?? 0;
    }

    private static async Task<long> LastMutationAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.SourceMutations.MaxAsync(m => (long?)m.Id) ?? 0;
    }

    private static async Task<long> CountAsync(GatewayDatabase database, LedgerState state)
    {
        await using var context = database.CreateContext();
        return await context.LedgerMessages.CountAsync(m => m.State == state);
    }

    private static async Task<long> CountAllAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.LedgerMessages.CountAsync();
    }

    private string LogTail()
    {
        var log = Path.Combine(_directory, "gateway.log");
        return File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(30)) : "(no log)";
    }

    public void Dispose()
    {
        _gateway?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

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
/// and started again at once with the default lease settings. The new process releases the leases its dead predecessor
/// left as soon as it is up (it logs them), and each stage goes on within seconds of that (conversion and receiving:
/// they hold their lease again; delivery: the next message is delivered; a pull: the first scheduled one runs)
/// instead of waiting the leases out; in the end everything is delivered exactly once.
/// </summary>
public sealed class CrashResumeTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>
    /// From the new process being up (it logged that it released the dead process's leases) to the stage's next step;
    /// the old leases made this 30 s (delivery), 5 min (conversion), 10 min (pulls, receiving). Measured at load 16–23:
    /// 1.5–4.3 s; the bound leaves room for a loaded CI machine (8 s failed at load 30+, the first work after start-up being
    /// JIT-compiled) and stays below the shortest lease, so waiting a lease out still fails. How long the process takes
    /// to start depends on the machine's load and is logged, not asserted.
    /// </summary>
    private static readonly TimeSpan ResumeBound = TimeSpan.FromSeconds(20);

    /// <summary>A scheduled minute closer than this to the restart may pass while the new process still starts.</summary>
    private static readonly TimeSpan StartAllowance = TimeSpan.FromSeconds(20);

    /// <summary>A scheduled pull starts within this of its minute.</summary>
    private static readonly TimeSpan ScheduleSlack = TimeSpan.FromSeconds(10);

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
        var converted = await RestartAndMeasureAsync(config, "conversion", "convert:arbo", async () =>
            await TakenOverAsync(database, "convert:arbo", conversion) || await CursorAsync(database) > cursor ? 1 : 0);

        var delivery = await KillWhileHeldAsync("deliver:arbo", async () => await ReliabilityLedger.CountAsync(database, LedgerState.Queued) > 0, database);
        var delivered = await RestartAndMeasureAsync(config, "delivery", "deliver:arbo", async () => await ReliabilityLedger.CountAsync(database, LedgerState.Delivered));

        for (var i = 0; i < 40; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(inbox, $"VZ{i:D4}.xml"), "not a SIVI message");
        }
        var receivingHolder = await KillWhileHeldAsync("receive:acme", () => Task.FromResult(Directory.GetFiles(inbox).Length > 0), database);
        var received = await RestartAndMeasureAsync(config, "receiving", "receive:acme", async () =>
            await TakenOverAsync(database, "receive:acme", receivingHolder) || Directory.GetFiles(inbox).Length < 40 ? 1 : 0);

        output.WriteLine($"after the restart: conversion {converted}, delivery {delivered}, receiving {received}");
        Assert.True(converted.AfterUp < ResumeBound, $"conversion went on {converted} after the restart (lease left by {conversion})");
        Assert.True(delivered.AfterUp < ResumeBound, $"delivery went on {delivered} after the restart (lease left by {delivery})");
        Assert.True(received.AfterUp < ResumeBound, $"receiving went on {received} after the restart (lease left by {receivingHolder})");

        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4)))
        {
            while (await CursorAsync(database) < await LastMutationAsync(database) || await ReliabilityLedger.CountAsync(database, LedgerState.Delivered) < await CountAllAsync(database)
                || Directory.GetFiles(inbox).Length > 0)
            {
                Assert.False(_gateway!.HasExited, "gateway stopped by itself:\n" + ReliabilityLedger.LogTail(_directory));
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
        if (firstMinute - restarted < StartAllowance)
        {
            firstMinute = firstMinute.AddMinutes(1); // too close: the new process may still be starting then, so it may run at the next minute
        }
        using var timeout = new CancellationTokenSource(firstMinute - DateTime.UtcNow + TimeSpan.FromSeconds(45));
        PullRun? run = null;
        while (run is null)
        {
            Assert.False(_gateway!.HasExited, "gateway stopped by itself:\n" + ReliabilityLedger.LogTail(_directory));
            await Task.Delay(200, timeout.Token);
            await using var context = database.CreateContext();
            run = await context.PullRuns.AsNoTracking().Where(r => r.Connector == Gateway.Core.Integrations.AfasConnectorIds.Organigram
                && r.StartedUtc >= restarted && r.Status == PullStatus.Succeeded).FirstOrDefaultAsync();
        }
        output.WriteLine($"restarted {restarted:HH:mm:ss.fff}, first pull after it started {run.StartedUtc:HH:mm:ss.fff}");
        var scheduled = new DateTime(run.StartedUtc.Ticks - run.StartedUtc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
        Assert.True(scheduled <= firstMinute && run.StartedUtc - scheduled < ScheduleSlack, $"the pull after the restart started at {run.StartedUtc:HH:mm:ss.fff} (restart {restarted:HH:mm:ss.fff})");
    }

    private void Start(string config) => _gateway = GatewayProcess.Start(config, _directory);

    /// <summary>Waits until the gateway holds <paramref name="lease"/> while <paramref name="pending"/> says work is left, SIGKILLs it, and returns the dead holder (whose lease is still there).</summary>
    private async Task<string> KillWhileHeldAsync(string lease, Func<Task<bool>> pending, GatewayDatabase database, TimeSpan? wait = null)
    {
        using (var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(90)))
        {
            while (await HolderAsync(database, lease) is null || !await pending())
            {
                Assert.False(_gateway!.HasExited, "gateway stopped by itself:\n" + ReliabilityLedger.LogTail(_directory));
                await Task.Delay(20, timeout.Token);
            }
        }
        _gateway!.Dispose(); // SIGKILL
        _gateway = null;
        var holder = await HolderAsync(database, lease);
        Assert.True(holder is not null, $"{lease} was released before the kill took effect");
        return holder;
    }

    /// <summary>
    /// Starts the gateway again; waits until it logs that it released <paramref name="lease"/> (left by the killed process)
    /// — the new process is up — and then until <paramref name="progress"/> moves. Returns both times from the start.
    /// </summary>
    private async Task<Resume> RestartAndMeasureAsync(string config, string stage, string lease, Func<Task<long>> progress)
    {
        var before = await progress();
        var log = Path.Combine(_directory, "gateway.log");
        var logOffset = File.Exists(log) ? new FileInfo(log).Length : 0;
        var clock = Stopwatch.StartNew();
        Start(config);
        TimeSpan? up = null;
        while (up is null || await progress() <= before)
        {
            Assert.False(_gateway!.HasExited, "gateway stopped by itself:\n" + ReliabilityLedger.LogTail(_directory));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"{stage} did not go on within 90 s of the restart (released {lease}: {up is not null})");
            if (up is null && (await LogSinceAsync(log, logOffset)).Split('\n').Any(line => line.Contains("leases a dead gateway process on this node left", StringComparison.Ordinal)
                && line.Contains(lease, StringComparison.Ordinal)))
            {
                up = clock.Elapsed;
            }
            await Task.Delay(50);
        }
        return new Resume(up.Value, clock.Elapsed);
    }

    private static async Task<string> LogSinceAsync(string log, long offset)
    {
        if (!File.Exists(log))
        {
            return "";
        }
        await using var file = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(file);
        return await reader.ReadToEndAsync();
    }

    /// <summary>From starting the process: when it was up (had released the dead process's leases) and when the stage went on.</summary>
    private sealed record Resume(TimeSpan Up, TimeSpan Resumed)
    {
        public TimeSpan AfterUp => Resumed - Up;

        public override string ToString() => $"{Resumed.TotalSeconds:0.0} s (up after {Up.TotalSeconds:0.0} s, then {AfterUp.TotalSeconds:0.0} s)";
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

    private static async Task<long> CountAllAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.LedgerMessages.CountAsync();
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

using System.Text.Json;
using System.Text.Json.Nodes;
using Afas.Simulator.Hosting;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Tests.Bus;
using Gateway.Host.Tests.Reliability;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Host.Tests.ScaleOut;

/// <summary>
/// Two real `gateway run` processes on one PostgreSQL database and one RabbitMQ broker, pulling the AFAS simulator on a
/// once-a-minute schedule and pushing to a real sshd: every scheduled pull runs once (not once per node), every
/// message reaches the receiver exactly once, the Retourmeldingen the partner then puts in its folder are each taken
/// by one node and recorded once (lease <c>retour:&lt;account&gt;</c>), every outbox event reaches a subscriber on the
/// broker once (lease <c>outbox</c>), the daily uitval e-mail (due two minutes after the start) is sent once, not once
/// per node, and both nodes keep running.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class TwoNodeTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-two-nodes-" + Guid.NewGuid().ToString("N"));
    private static readonly JsonSerializerOptions EnumsAsText = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly RabbitMqServer _rabbit = new();
    private BusTestHost? _observer;

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
        await RegisterMailJobAsync(database);
        string retourFolder;
        await using (var connection = await sshd.ConnectAsync(Gateway.Transport.Sftp.SftpClientKind.SshNet))
        {
            retourFolder = await sshd.NewRemoteFolderAsync(connection, "retour");
        }
        var config = await WriteConfigAsync(database, simulator, sshd, smtp, retourFolder);
        // a subscriber of its own on the broker, bound before the nodes publish: it receives one copy of each event
        using (var busStart = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            _observer = await BusTestHost.StartAsync(BusTestHost.Settings("RabbitMq", _rabbit, "observer"), busStart.Token);
        }

        using var first = GatewayProcess.Start(config, Directory.CreateDirectory(Path.Combine(_directory, "a")).FullName);
        using var second = GatewayProcess.Start(config, Directory.CreateDirectory(Path.Combine(_directory, "b")).FullName);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(170));
        while (!await EverythingDeliveredAsync(database))
        {
            Assert.False(first.HasExited || second.HasExited, "a gateway node stopped by itself:\n" + LogTails());
            await Task.Delay(500, timeout.Token);
        }
        Assert.False(first.HasExited || second.HasExited, "a gateway node stopped by itself:\n" + LogTails());
        var answers = await PutRetourmeldingenAsync(database, sshd, retourFolder);
        using (var retourDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(90)))
        {
            while (!await EverythingAnsweredAndPublishedAsync(database, sshd, retourFolder, answers))
            {
                Assert.False(first.HasExited || second.HasExited, "a gateway node stopped by itself:\n" + LogTails());
                await Task.Delay(500, retourDeadline.Token);
            }
        }
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
        await AssertRetourmeldingenRecordedOnceAsync(context, answers);
        AssertEveryEventPublishedOnce(await context.LedgerMessages.AsNoTracking().ToListAsync(), answers);
    }

    /// <summary>
    /// The partner answers every delivered message (every fourth one rejected) and sends two answers to Berrefnrs it
    /// never received, all at once, so both nodes find them on their next poll. Each file is written under another
    /// name and renamed into place, so no poll sees half a file.
    /// </summary>
    private static async Task<IReadOnlyList<Answer>> PutRetourmeldingenAsync(GatewayDatabase database, SshdServer sshd, string folder)
    {
        await using var context = database.CreateContext();
        var delivered = await context.LedgerMessages.AsNoTracking().OrderBy(m => m.Berrefnr).Select(m => new { m.MessageId, m.Berrefnr }).ToListAsync();
        var answers = delivered.Select((m, i) => new Answer($"RM_{i:D4}.xml", m.Berrefnr, m.MessageId, Rejected: i % 4 == 3))
            .Append(new Answer("RM_unknown_1.xml", "NEVER-SENT-1", null, false))
            .Append(new Answer("RM_unknown_2.xml", "NEVER-SENT-2", null, true))
            .ToList();
        var samples = new Gateway.Host.Samples.SampleMessageFactory(Sivi.Schemas.Definitions.SiviDefinitions.Embedded, TimeProvider.System);
        var local = sshd.LocalPath(folder);
        foreach (var answer in answers)
        {
            var bytes = await Sivi.Messages.Writing.SiviMessageWriter.Default.ToBytesAsync(samples.Retourmelding("2025", answer.Berrefnr, answer.Rejected), "2025");
            var temporary = Path.Combine(local, "tmp-" + answer.File);
            await File.WriteAllBytesAsync(temporary, bytes);
            File.Move(temporary, Path.Combine(local, answer.File));
        }
        return answers;
    }

    /// <summary>The folder is empty, every answered message is recorded, both unknown answers are uitval and the outbox is empty.</summary>
    private static async Task<bool> EverythingAnsweredAndPublishedAsync(GatewayDatabase database, SshdServer sshd, string folder, IReadOnlyList<Answer> answers)
    {
        if (Directory.EnumerateFiles(sshd.LocalPath(folder)).Any())
        {
            return false;
        }
        await using var context = database.CreateContext();
        var open = await context.LedgerMessages.CountAsync(m => m.State != LedgerState.Acknowledged && m.State != LedgerState.Rejected);
        var orphans = await context.Uitval.CountAsync(u => u.Connector == "Retourmelding1");
        var outbox = await context.OutboxEvents.CountAsync();
        return open == 0 && orphans >= answers.Count(a => a.MessageId is null) && outbox == 0;
    }

    /// <summary>
    /// Each Retourmelding was taken by exactly one node (the two nodes' intake journals together hold every file once),
    /// each answered message has the state its answer gave, and each rejection and each unknown answer raised exactly
    /// one uitval row.
    /// </summary>
    private async Task AssertRetourmeldingenRecordedOnceAsync(GatewayDbContext context, IReadOnlyList<Answer> answers)
    {
        var taken = new[] { "a", "b" }
            .Select(node => Path.Combine(_directory, node, "var", "state", "retour", "arbo", "journal.jsonl"))
            .Where(File.Exists)
            .SelectMany(File.ReadLines)
            .Select(line => JsonNode.Parse(line)!)
            .Where(entry => (string?)entry["event"] == "taken")
            .Select(entry => Path.GetFileName((string)entry["path"]!))
            .ToList();
        Assert.Equal(answers.Select(a => a.File).Order(), taken.Order());

        var states = await context.LedgerMessages.AsNoTracking().ToDictionaryAsync(m => m.MessageId, m => m.State);
        foreach (var answer in answers.Where(a => a.MessageId is not null))
        {
            Assert.Equal(answer.Rejected ? LedgerState.Rejected : LedgerState.Acknowledged, states[answer.MessageId!.Value]);
        }
        var uitval = await context.Uitval.AsNoTracking().Where(u => u.Stage == Gateway.Core.Uitval.UitvalStage.Delivery).Select(u => new { u.Connector, u.RecordKey, u.Reason }).ToListAsync();
        var rejections = uitval.Where(u => u.Reason.Contains(" rejected by the receiver: ", StringComparison.Ordinal)).Select(u => u.Reason[..u.Reason.IndexOf(' ', StringComparison.Ordinal)]).ToList();
        var fileNames = await context.LedgerMessages.AsNoTracking().ToDictionaryAsync(m => m.MessageId, m => m.FileName);
        Assert.Equal(answers.Where(a => a is { Rejected: true, MessageId: not null }).Select(a => fileNames[a.MessageId!.Value]).Order(), rejections.Order());
        Assert.Equal(["NEVER-SENT-1", "NEVER-SENT-2"], uitval.Where(u => u.Connector == "Retourmelding1").Select(u => u.RecordKey!).Order());
    }

    /// <summary>The subscriber received each outbox event once: validated and delivered per message, one answer per answered message.</summary>
    private void AssertEveryEventPublishedOnce(IReadOnlyList<LedgerMessage> messages, IReadOnlyList<Answer> answers)
    {
        var inbox = _observer!.Inbox;
        var ids = messages.Select(m => m.MessageId).Order().ToList();
        Assert.Equal(ids, inbox.All<Gateway.Contracts.SiviMessageValidated>().Select(e => e.MessageId).Order());
        Assert.Equal(ids, inbox.All<Gateway.Contracts.SiviMessageDelivered>().Select(e => e.MessageId).Order());
        var received = inbox.All<Gateway.Contracts.RetourmeldingReceived>();
        Assert.Equal(answers.Where(a => a.MessageId is not null).Select(a => (a.MessageId, !a.Rejected)).Order(), received.Select(e => (e.MessageId, e.Processed)).Order());
    }

    private sealed record Answer(string File, string Berrefnr, Guid? MessageId, bool Rejected);

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

    /// <summary>
    /// The daily mail's job as a gateway that ran before records it (last due now). On a loaded machine the nodes may
    /// come up only after the mail's due time: they then catch it up, once, instead of treating the job as new (a
    /// first start catches up nothing). Either way one e-mail must arrive.
    /// </summary>
    private static async Task RegisterMailJobAsync(GatewayDatabase database)
    {
        await using var context = database.CreateContext();
        context.ScheduledJobs.Add(new Gateway.Core.Scheduling.ScheduledJob { Name = Gateway.Core.Uitval.Report.UitvalReportService.JobName, LastDueUtc = DateTime.UtcNow });
        await context.SaveChangesAsync();
    }

    private async Task<string> WriteConfigAsync(GatewayDatabase database, AfasSimulatorServer simulator, SshdServer sshd, SmtpSink smtp, string retourFolder)
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
                ["Host"] = new JsonObject { ["PollInterval"] = "00:00:00.300", ["RetourPollInterval"] = "00:00:01" },
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
                        ["Retourmeldingen"] = new JsonObject { ["Folder"] = retourFolder, ["StabilityInterval"] = "00:00:00.200" },
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
        if (_observer is not null)
        {
            await _observer.DisposeAsync();
        }
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

using System.Text.Json;
using System.Text.Json.Nodes;
using Afas.Simulator.Hosting;
using Gateway.Afas;
using Gateway.Afas.Sync;
using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Core.Employers;
using Gateway.Core.Integrations;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Host.Hosting;
using Gateway.Outbound;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Deliver;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Demo;

/// <summary>
/// The whole product on embedded defaults: an AFAS simulator with a small dataset, the gateway on SQLite with the
/// in-memory bus, one arbodienst account (SFTP push to a local sshd when possible, else a folder), a full sync,
/// conversion, delivery and validation of what arrived; then the receiving role takes in what was delivered
/// (<see cref="DemoReceivingRole"/>), its Retourmeldingen come back (<see cref="DemoRetourRound"/>), the arbodienst
/// sends a document that ends in AFAS (<see cref="DemoDocuments"/>) — then the service keeps running until Ctrl+C.
/// Something for every admin page: uitval (an employer mapped without its loonheffingennummer), a rejected message (a
/// ziekmelding lost on the way, so the partner refuses what follows), accounts blocked and restarted, a dossier item,
/// an afspraak, and an auditor key for the masked view. Everything stays in the working folder after it stops.
/// </summary>
internal sealed class DemoRun(string workDirectory, int employees, bool serve, int uiPort, TextWriter output)
{
    private const string Integration = "demo";
    private const string Account = "arbo-demo";
    private readonly string _adminKey = "demo-admin-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
    private readonly string _auditorKey = "demo-auditor-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        DemoWorkFolder.Reset(workDirectory);
        await DemoBanner.WriteAsync(output, workDirectory, serve, uiPort, _adminKey, _auditorKey).ConfigureAwait(false);
        await using var simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions
        {
            Employees = employees,
            Token = "demo-" + Guid.NewGuid().ToString("N"),
            StartDate = DateOnly.FromDateTime(DateTime.Today),
        }, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"AFAS simulator: {simulator.BaseUrl} ({employees} employees)").ConfigureAwait(false);
        using var receiver = await DemoReceiver.StartAsync(workDirectory, cancellationToken).ConfigureAwait(false);
        using var stopping = cancellationToken.Register(() => receiver.Stop(wait: false));
        await output.WriteLineAsync("Delivery: " + receiver.Description).ConfigureAwait(false);

        // the demo's first round runs on the same composition roots as the service, on settings of its own
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:ConnectionString"] = $"Data Source={Path.Combine(workDirectory, "gateway.db")}",
            [GatewayConfiguration.SecretKeyFileKey] = Path.Combine(workDirectory, "secret.key"),
            [$"{GatewayHostOptions.Section}:StateDirectory"] = Path.Combine(workDirectory, "state"),
            [$"{IntegrationCatalog.Section}:{Integration}:Afas:BaseUrl"] = simulator.BaseUrl.ToString(),
            [$"{IntegrationCatalog.Section}:{Integration}:Afas:Token"] = simulator.Token,
            [$"{DeliveryRetryPolicy.Section}:MaxAttempts"] = "2",
        }).Build();
        var schemas = await SchemaRegistry.LoadAsync(new SchemaRegistryOptions(), cancellationToken).ConfigureAwait(false);
        await using var services = new ServiceCollection().AddSingleton(new SiviValidator(schemas))
            .AddGatewayAfas(settings).AddGatewayOutbound(settings).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
        var database = services.GetRequiredService<GatewayDatabase>();
        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var integration = services.GetRequiredService<IntegrationCatalog>().Get(Integration);
        var sync = services.GetRequiredService<Func<IntegrationOptions, ConnectorSync>>()(integration);

        await sync.RunAsync(integration, AfasConnectorIds.Werkgevers, SyncMode.Full, cancellationToken).ConfigureAwait(false);
        var employers = services.GetRequiredService<EmployerStore>();
        var codes = (await employers.ListAsync(Integration, cancellationToken).ConfigureAwait(false)).Select(e => e.Code).ToList();
        foreach (var code in codes)
        {
            await employers.SetActiveAsync(Integration, code, true, "demo", cancellationToken).ConfigureAwait(false);
        }
        await output.WriteLineAsync($"Employers activated: {string.Join(", ", codes)}").ConfigureAwait(false);
        foreach (var connector in SyncOrder.Connectors)
        {
            var result = await sync.RunAsync(integration, connector, SyncMode.Full, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"  pulled {connector,-42} {result.Rows,6} rows, {result.New,6} new, {result.Uitval} uitval").ConfigureAwait(false);
        }

        // one employer is mapped without its loonheffingennummer: the messages that need one are uitval
        var unmapped = codes.Count > 1 ? codes[^1] : null;
        var profile = DemoProfile.For(Account, Integration, codes, unmapped);
        if (unmapped is not null)
        {
            await output.WriteLineAsync($"The mapping of employer {unmapped} lacks its loonheffingennummer (uitval to see and retry once it is mapped)").ConfigureAwait(false);
        }
        var account = Partner(receiver);
        var validator = services.GetRequiredService<SiviValidator>();
        var produced = await services.GetRequiredService<ConversionStage>().RunOnceAsync(account, profile, cancellationToken).ConfigureAwait(false);
        await using (var target = services.GetRequiredService<DeliveryTargetFactory>().Create(account))
        {
            await services.GetRequiredService<DeliveryDispatcher>().RunOnceAsync(Account, target, cancellationToken).ConfigureAwait(false);
        }
        var failures = await ReportAsync(database, receiver, validator, produced, cancellationToken).ConfigureAwait(false);
        var release = profile.Release ?? "2025";
        var receiving = DemoReceivingRole.Configuration(workDirectory, release, profile.Employers.Select(e => e.IdWrkgvrArbdnst).OfType<string>());
        await using (var context = database.CreateContext())
        {
            var delivered = await context.LedgerMessages.AsNoTracking().OrderBy(m => m.Id).Select(m => m.FileName).ToListAsync(cancellationToken).ConfigureAwait(false);
            var lost = await LostZiekmeldingAsync(context, cancellationToken).ConfigureAwait(false);
            if (lost is not null)
            {
                await output.WriteLineAsync($"On the way, ziekmelding {lost} gets lost: the partner refuses the next message of its case").ConfigureAwait(false);
            }
            await DemoReceivingRole.RunAsync(settings, receiving, validator, [.. delivered.Select(name => Path.Combine(receiver.LocalFolder, name))],
                lost is null ? new HashSet<string>() : [Path.Combine(receiver.LocalFolder, lost)], output, cancellationToken).ConfigureAwait(false);
        }
        await DemoRetourRound.RunAsync(services, account, DemoReceivingRole.RetourmeldingenFolder(receiving), output, cancellationToken).ConfigureAwait(false);
        await DemoDocuments.RunAsync(services, account, release, simulator, workDirectory, output, cancellationToken).ConfigureAwait(false);
        await ReportUitvalAsync(database, cancellationToken).ConfigureAwait(false);

        var config = await WriteConfigurationAsync(simulator, account, profile, receiving, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Configuration of this demo: {config}").ConfigureAwait(false);
        await output.WriteLineAsync($"Delivered files: {receiver.KeptFolder} ({receiver.Keep()} files; kept after the demo stops)").ConfigureAwait(false);
        if (serve)
        {
            await output.WriteLineAsync($"Admin UI: http://127.0.0.1:{uiPort}/ui — log in with the admin key {_adminKey} (or the auditor key {_auditorKey}: read-only, BSN/IBAN masked)").ConfigureAwait(false);
            if (await MaskedExampleAsync(database, cancellationToken).ConfigureAwait(false) is { } id)
            {
                await output.WriteLineAsync($"  the auditor's masked view: http://127.0.0.1:{uiPort}/ui/messages/{id} with each key; also Uitval, Retourmeldingen, Afspraken, "
                    + $"Audit, Ontvangst and the accounts {Account} and {DemoReceivingRole.Account}").ConfigureAwait(false);
            }
            await output.WriteLineAsync("Gateway service running (scheduled pulls, conversion, delivery); Ctrl+C stops it.").ConfigureAwait(false);
            using var host = await GatewayServiceHost.BuildAsync(GatewayConfiguration.Build(config), cancellationToken).ConfigureAwait(false);
            await GatewayServiceHost.RunAsync(host, cancellationToken).ConfigureAwait(false);
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The sending account: delivery to the receiver, Retourmeldingen and the arbodienst's messages in folders beside it.</summary>
    private static PartnerAccountOptions Partner(DemoReceiver receiver) => new()
    {
        Name = Account,
        Integration = Integration,
        Delivery = receiver.Delivery,
        Retourmeldingen = new RetourIntakeOptions { Folder = receiver.PartnerFolder("retour"), StabilityInterval = TimeSpan.FromMilliseconds(200) },
        Incoming = new IncomingMessagesOptions
        {
            Folder = receiver.PartnerFolder("incoming"),
            StabilityInterval = TimeSpan.FromMilliseconds(200),
            Dossier = new DossierDeliveryOptions { DocumentSubjectType = 7, AfspraakSubjectType = 8 },
        },
    };

    /// <summary>The first Verzuimmelding of a case with two (not the last one made): lost on the way, its successor is refused.</summary>
    private static async Task<string?> LostZiekmeldingAsync(GatewayDbContext context, CancellationToken cancellationToken)
    {
        var absence = await context.LedgerMessages.AsNoTracking().Where(m => m.Account == Account && m.MessageType == "Verzuimmeldingen")
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.CaseKey, m.FileName }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var last = absence.LastOrDefault()?.CaseKey;
        return absence.GroupBy(m => m.CaseKey).Where(g => g.Key != last && g.Count() >= 2).OrderBy(g => g.Count()).ThenBy(g => g.First().Id)
            .Select(g => g.First().FileName).FirstOrDefault();
    }

    private async Task ReportUitvalAsync(GatewayDatabase database, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var open = await context.Uitval.AsNoTracking().GroupBy(u => u.Stage).Select(g => new { Stage = g.Key, Count = g.Count(), First = g.Min(u => u.Id) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Uitval now: {(open.Count == 0 ? "none" : string.Join(", ", open.Select(u => $"{u.Count} {u.Stage}")))}").ConfigureAwait(false);
        foreach (var stage in open)
        {
            var example = await context.Uitval.AsNoTracking().SingleAsync(u => u.Id == stage.First, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"  e.g. {example.Connector} {example.RecordKey}: {example.Reason}").ConfigureAwait(false);
        }
    }

    /// <summary>A message with personal data in it (a Dienstverbanden, else any), to compare the admin's and the auditor's view of.</summary>
    private static async Task<long?> MaskedExampleAsync(GatewayDatabase database, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.LedgerMessages.AsNoTracking().Where(m => m.Account == Account).OrderBy(m => m.MessageType == "Dienstverbanden" ? 0 : 1).ThenBy(m => m.Id)
            .Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ReportAsync(GatewayDatabase database, DemoReceiver receiver, SiviValidator validator, int produced, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var byType = await context.LedgerMessages.AsNoTracking().GroupBy(m => new { m.MessageType, m.State })
            .Select(g => new { g.Key.MessageType, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var uitval = await context.Uitval.AsNoTracking().GroupBy(u => u.Stage).Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Produced {produced} SIVI messages (release 2025):").ConfigureAwait(false);
        foreach (var line in byType.OrderBy(t => t.MessageType, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"  {line.MessageType,-36} {line.State,-10} {line.Count,6}").ConfigureAwait(false);
        }
        await output.WriteLineAsync("Uitval: " + (uitval.Count == 0 ? "none" : string.Join(", ", uitval.Select(u => $"{u.Stage} {u.Count}")))
            + " (the admin UI and the uitval list show each record)").ConfigureAwait(false);
        var files = Directory.Exists(receiver.LocalFolder) ? Directory.GetFiles(receiver.LocalFolder, "*.xml") : [];
        var invalid = 0;
        foreach (var file in files)
        {
            if (!(await validator.ValidateFileAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false)).IsValid)
            {
                invalid++;
            }
        }
        await output.WriteLineAsync($"At the receiver ({receiver.LocalFolder}): {files.Length} files, {files.Length - invalid} valid, {invalid} invalid").ConfigureAwait(false);
        var undelivered = byType.Where(t => t.State != LedgerState.Delivered).Sum(t => t.Count);
        return invalid + undelivered;
    }

    /// <summary>The demo's set-up as an ordinary configuration file, which <c>gateway run --config</c> also accepts.</summary>
    private async Task<string> WriteConfigurationAsync(AfasSimulatorServer simulator, PartnerAccountOptions account, Outbound.Convert.Profile.MappingProfile profile,
        JsonObject receiving, CancellationToken cancellationToken)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        var accountNode = JsonSerializer.SerializeToNode(account, options)!.AsObject();
        accountNode["Mapping"] = JsonSerializer.SerializeToNode(profile, options);
        var root = new JsonObject
        {
            ["Gateway"] = new JsonObject
            {
                ["Database"] = new JsonObject { ["ConnectionString"] = $"Data Source={Path.Combine(workDirectory, "gateway.db")}" },
                ["SecretKeyFile"] = Path.Combine(workDirectory, "secret.key"),
                ["Host"] = new JsonObject { ["StateDirectory"] = Path.Combine(workDirectory, "state") },
                ["Integrations"] = new JsonObject
                {
                    [Integration] = new JsonObject { ["Afas"] = new JsonObject { ["BaseUrl"] = simulator.BaseUrl.ToString(), ["Token"] = simulator.Token } },
                },
                ["Accounts"] = new JsonObject { [Account] = accountNode },
                ["HostedSftp"] = receiving["HostedSftp"]!.DeepClone(),
                ["ReceivingAccounts"] = receiving["ReceivingAccounts"]!.DeepClone(),
                ["Admin"] = new JsonObject
                {
                    ["Urls"] = $"http://127.0.0.1:{uiPort}",
                    ["KeysFolder"] = Path.Combine(workDirectory, "admin-keys"),
                    ["Users"] = new JsonArray(
                        new JsonObject { ["Name"] = "admin", ["ApiKey"] = _adminKey, ["Role"] = "Admin" },
                        new JsonObject { ["Name"] = "auditor", ["ApiKey"] = _auditorKey, ["Role"] = "Auditor" }),
                },
            },
        };
        var path = Path.Combine(workDirectory, "gateway.json");
        // it holds the admin keys, the AFAS token and SFTP passwords: this user's alone (0600), whatever the umask
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using (var writer = new StreamWriter(path, file))
        {
            await writer.WriteAsync(root.ToJsonString(options).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        return path;
    }
}

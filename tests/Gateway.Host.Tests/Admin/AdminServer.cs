using System.Net.Http.Headers;
using Gateway.Afas.Changes;
using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Deliver;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin.Tests;

/// <summary>
/// The admin API and UI on real Kestrel (a free loopback port) over a migrated SQLite database, wired the way the
/// service host wires it: the host's singletons first, then <c>AddGatewayAdmin</c> and <c>MapGatewayAdmin</c>.
/// Users: <c>fb</c> (admin), <c>ad</c> (auditor) and <c>script</c> (admin, key stored encrypted). With the receiving
/// role (<c>receiving: true</c>) the host also registers the receiving module, as the service does, with one receiving
/// account <c>partner-in</c> (hosted, authorised for WG-0001, blocked from the start) and migrates its register.
/// </summary>
internal sealed class AdminServer : IAsyncDisposable
{
    public const string AdminKey = "admin-key-0123456789abcdef";
    public const string AuditorKey = "auditor-key-0123456789abcdef";
    public const string ScriptKey = "script-key-0123456789abcdef";

    private readonly TempSqliteDatabase _database;
    private readonly string _folder;
    private WebApplication _app;

    private AdminServer(TempSqliteDatabase database, WebApplication app, string folder, Uri address, CapturedLogs logs)
    {
        _database = database;
        _app = app;
        _folder = folder;
        BaseAddress = address;
        Logs = logs;
    }

    public Uri BaseAddress { get; }

    public CapturedLogs Logs { get; }

    public GatewayDatabase Database => _database.Database;

    /// <summary>The SQLite database file the server uses.</summary>
    public string DatabaseFile => _database.FilePath;

    public AdminSeed Seed => new(Database);

    public string OutboxFolder => Path.Combine(_folder, "out");

    /// <summary>The receiving account's hosted chroot (inbox, outbox) on the local disk.</summary>
    public string ChrootFolder => Path.Combine(_folder, "chroot", "gw-partner");

    public IServiceProvider Services => _app.Services;

    /// <summary>Receives one file for <c>partner-in</c> through the service's processor, held while the account is blocked.</summary>
    public async Task<Gateway.Receiving.Processing.ReceivedFileOutcome> ReceiveAsync(string name, byte[] content)
    {
        var control = Services.GetRequiredService<Gateway.Core.Accounts.AccountControl>();
        var blocked = (await control.StatusAsync("partner-in", default)).Blocked;
        var account = Services.GetRequiredService<Gateway.Receiving.Accounts.ReceivingAccountCatalog>().Get("partner-in");
        return await Services.GetRequiredService<Gateway.Receiving.Processing.ReceivedFileProcessor>()
            .ProcessAsync(account, "/inbox/" + name, new MemoryStream(content), blocked, default);
    }

    /// <param name="clock">The clock the admin services see (default: the system's).</param>
    /// <param name="overrides">Configuration values set over the defaults above.</param>
    /// <param name="databaseBusyTimeoutSeconds">How long the database waits for another connection's lock (default 30 s).</param>
    /// <param name="receiving">Register the receiving role with the account <c>partner-in</c>.</param>
    /// <param name="services">Registers more services before the admin's (e.g. the planned jobs the service host registers).</param>
    public static async Task<AdminServer> StartAsync(TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? overrides = null, int? databaseBusyTimeoutSeconds = null,
        bool receiving = false, Action<IServiceCollection>? services = null)
    {
        var folder = Directory.CreateTempSubdirectory("gateway-admin-").FullName;
        var database = await TempSqliteDatabase.CreateAsync(databaseBusyTimeoutSeconds);
        var port = FreePort.Next();
        var logs = new CapturedLogs();
        var app = await StartAppAsync(database, folder, port, logs, clock, overrides, receiving, services);
        return new AdminServer(database, app, folder, new Uri($"http://127.0.0.1:{port}/"), logs);
    }

    /// <summary>
    /// Stops the server and starts it again on the same database, port, secret key and data protection keys, with
    /// <paramref name="overrides"/> over the defaults (an operator changing the configuration and restarting).
    /// </summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string?> overrides, TimeProvider? clock = null)
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = await StartAppAsync(_database, _folder, BaseAddress.Port, Logs, clock, overrides, receiving: false, services: null);
    }

    private static async Task<WebApplication> StartAppAsync(TempSqliteDatabase database, string folder, int port, CapturedLogs logs, TimeProvider? clock,
        IReadOnlyDictionary<string, string?>? overrides, bool receiving, Action<IServiceCollection>? services)
    {
        var secretKeyFile = Path.Combine(folder, "secret.key");
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:SecretKeyFile"] = secretKeyFile,
            ["Gateway:Admin:Urls"] = $"http://127.0.0.1:{port}",
            ["Gateway:Admin:KeysFolder"] = Path.Combine(folder, "keys"),
            ["Gateway:Admin:Users:0:Name"] = "fb",
            ["Gateway:Admin:Users:0:ApiKey"] = AdminKey,
            ["Gateway:Admin:Users:0:Role"] = "Admin",
            ["Gateway:Admin:Users:1:Name"] = "ad",
            ["Gateway:Admin:Users:1:ApiKey"] = AuditorKey,
            ["Gateway:Admin:Users:1:Role"] = "Auditor",
            ["Gateway:Admin:Users:2:Name"] = "script",
            ["Gateway:Admin:Users:2:ApiKey"] = SecretProtector.FromKeyFile(secretKeyFile).Protect(ScriptKey),
            ["Gateway:Admin:Users:2:Role"] = "admin",
            ["Gateway:Accounts:arbo:Integration"] = "demo",
            ["Gateway:Accounts:arbo:Delivery:Kind"] = "Folder",
            ["Gateway:Accounts:arbo:Delivery:Folder"] = Path.Combine(folder, "out"),
            ["Gateway:Accounts:arbo-sftp:Integration"] = "demo",
            ["Gateway:Accounts:arbo-sftp:Delivery:Kind"] = "SftpPush",
            ["Gateway:Accounts:arbo-sftp:Delivery:Sftp:Host"] = "sftp.arbo.example",
            ["Gateway:Accounts:arbo-sftp:Delivery:Sftp:Username"] = "gateway",
            ["Gateway:Accounts:arbo-sftp:Delivery:Sftp:Password"] = "sftp-password-never-shown",
            ["Gateway:Accounts:arbo-sftp:Delivery:Sftp:HostKey"] = "SHA256:pinnedHostKeyFingerprint",
            ["Gateway:Integrations:demo:Afas:BaseUrl"] = "http://127.0.0.1:9/",
            ["Gateway:Integrations:demo:Afas:Token"] = "demo-token",
        };
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        if (receiving)
        {
            settings["Gateway:HostedSftp:ChrootRoot"] = Path.Combine(folder, "chroot");
            settings["Gateway:ReceivingAccounts:partner-in:Kind"] = "HostedSftp";
            settings["Gateway:ReceivingAccounts:partner-in:Transport:UserName"] = "gw-partner";
            settings["Gateway:ReceivingAccounts:partner-in:Transport:RetourmeldingFolder"] = "outbox";
            settings["Gateway:ReceivingAccounts:partner-in:AuthorisedEmployers:0"] = "WG-0001";
            settings["Gateway:ReceivingAccounts:partner-in:ImportConfigurations:0:MessageType"] = "Verzuimmeldingen";
            settings["Gateway:ReceivingAccounts:partner-in:ImportConfigurations:0:Release"] = "2024";
            settings["Gateway:ReceivingAccounts:partner-in:ImportConfigurations:0:Folder"] = "inbox";
            settings["Gateway:ReceivingAccounts:partner-in:ImportConfigurations:0:FileFilter"] = "VZ*.xml";
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddSingleton(database.Database);
        // the stages' uitval retries, as the service host's modules register them
        builder.Services.AddSingleton<IUitvalRetry, DeliveryUitvalRetry>();
        builder.Services.AddSingleton<IUitvalRetry, RecordUitvalRetry>();
        builder.Services.AddSingleton<Core.Ledger.IMessageResend, Outbound.Resend.MessageResend>();
        // the go-live preview, as AddGatewayOutbound registers it (schemas loaded only when a preview is asked for)
        builder.Services.AddHttpClient(Gateway.Afas.AfasServiceCollectionExtensions.HttpClientName);
        builder.Services.AddSingleton(_ => new Sivi.Schemas.Validation.SiviValidator(Sivi.Schemas.Registry.SchemaRegistry.LoadAsync(RepoPaths.OurSchemas).GetAwaiter().GetResult()));
        builder.Services.AddSingleton<Core.Employers.IGoLivePreview>(provider =>
            ActivatorUtilities.CreateInstance<Outbound.Preview.GoLivePreviewService>(provider, (IConfiguration)builder.Configuration));
        if (receiving)
        {
            Gateway.Receiving.ReceivingServiceCollectionExtensions.AddGatewayReceiving(builder.Services, builder.Configuration);
        }
        services?.Invoke(builder.Services);
        builder.Services.AddGatewayAdmin(builder.Configuration);
        var app = builder.Build();
        app.MapGatewayAdmin();
        if (receiving)
        {
            await app.Services.GetRequiredService<Gateway.Receiving.Register.ReceivingDatabase>().MigrateAsync(default);
        }
        await app.StartAsync();
        return app;
    }

    /// <summary>A client sending <paramref name="key"/> as <c>X-Api-Key</c> (or as a bearer token), or no key at all.</summary>
    public HttpClient Client(string? key, bool bearer = false)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null && bearer)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        else if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

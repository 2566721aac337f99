using Gateway.Afas.Changes;
using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Afas.Tests.Client;
using Gateway.Core.Accounts;
using Gateway.Core.Employers;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Sequencing;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Afas.Tests.Sync;

/// <summary>
/// An AFAS simulator, a fresh gateway database (SQLite, or PostgreSQL when asked) and a <see cref="ConnectorSync"/>
/// between them; scheduled pulls retry failed records of the account "arbo" the integration feeds.
/// </summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly bool _ownsAfas;

    private SyncHarness(AfasTestServer afas, TestDatabase database, bool ownsAfas = true)
    {
        _ownsAfas = ownsAfas;
        Afas = afas;
        _database = database;
        Clock = new SimulatorTimeProvider(afas.Simulator);
        Integration = new IntegrationOptions { Name = "acme", Afas = afas.Options(o => o.PageSize = 50) };
        Retries = new ScheduledUitvalRetry(Database, [new DeliveryUitvalRetry(), new ConversionUitvalRetry(), new RecordUitvalRetry()], Accounts,
            NullLogger<ScheduledUitvalRetry>.Instance);
        Sync = new ConnectorSync(Database, afas.Client(o => o.PageSize = 50), Clock, NullLogger<ConnectorSync>.Instance, Retries);
        Employers = new EmployerStore(Database, Clock);
    }

    public AfasTestServer Afas { get; }

    public GatewayDatabase Database => _database.Database;

    /// <summary>The one partner account: "arbo", fed by this integration.</summary>
    public AccountCatalog Accounts { get; } = AccountCatalog.Load(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Gateway:Accounts:arbo:Integration"] = "acme" }).Build());

    public ScheduledUitvalRetry Retries { get; }

    public TimeProvider Clock { get; }

    public IntegrationOptions Integration { get; }

    public ConnectorSync Sync { get; }

    public EmployerStore Employers { get; }

    /// <param name="provider">"sqlite" or "postgres" (<see cref="TestDatabases.Providers"/>; postgres needs <paramref name="postgres"/>).</param>
    public static async Task<SyncHarness> StartAsync(int employees = 150, long seed = 7, bool textValues = false, string provider = "sqlite",
        PostgresServer? postgres = null) =>
        new(await AfasTestServer.StartAsync(employees, seed, textValues: textValues), await TestDatabases.CreateAsync(provider, postgres!));

    /// <summary>A second gateway (own, empty database) reading the same simulator.</summary>
    public async Task<SyncHarness> SecondGatewayAsync() => new(Afas, new TestDatabase(await TempSqliteDatabase.CreateAsync()), ownsAfas: false);

    public Task<SyncResult> RunAsync(string connector, SyncMode mode = SyncMode.Full) =>
        Sync.RunAsync(Integration, connector, mode, CancellationToken.None);

    /// <summary>The scheduled full pull of <paramref name="connector"/> due now (as the service's scheduler runs it).</summary>
    public Task<SyncResult> ScheduledAsync(string connector) =>
        Sync.RunAsync(Integration, connector, SyncMode.Full, CancellationToken.None, Clock.GetUtcNow());

    /// <summary>Every connector once, in the order the CLI uses.</summary>
    public async Task<Dictionary<string, SyncResult>> RunAllAsync(SyncMode verzuimMode = SyncMode.Full)
    {
        var results = new Dictionary<string, SyncResult>();
        foreach (var connector in SyncOrder.Connectors)
        {
            results[connector] = await RunAsync(connector, connector == AfasConnectorIds.Verzuim ? verzuimMode : SyncMode.Full);
        }
        return results;
    }

    public async Task ActivateAllAsync()
    {
        await RunAsync(AfasConnectorIds.Werkgevers);
        foreach (var employer in await Employers.ListAsync("acme", CancellationToken.None))
        {
            await Employers.SetActiveAsync("acme", employer.Code, true, "test", CancellationToken.None);
        }
    }

    /// <summary>The stored state of one connector: record key → canonical fields.</summary>
    public async Task<Dictionary<string, string>> StateAsync(string connector)
    {
        await using var context = Database.CreateContext();
        return await context.ConnectorRecords.AsNoTracking()
            .Where(r => r.Integration == "acme" && r.Connector == connector)
            .ToDictionaryAsync(r => r.RecordKey, r => r.Fields);
    }

    /// <summary>Converts every stored mutation against the stored state, as the pipeline reads them, for all stored employers.</summary>
    public async Task<ConversionResult> ConvertStoredAsync(string release, Action<MappingProfile>? configure = null)
    {
        var employers = (await StateAsync(AfasConnectorIds.Werkgevers)).Values.Select(SourceRecordFields.Read<WerkgeverRow>);
        var service = new SiviConversionService(Profiles.For(employers, release, configure), await Schemas.OursAsync(),
            new InMemoryCaseSequenceStore(), FixedClock.SimulatorStart);
        await using var context = Database.CreateContext();
        var snapshot = await SourceSnapshotLoader.LoadAsync(context, "acme", CancellationToken.None);
        var mutations = await context.SourceMutations.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
        return await service.ConvertAsync(mutations, snapshot, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsAfas)
        {
            await Afas.DisposeAsync();
        }
        await _database.DisposeAsync();
    }
}

using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Afas.Tests.Client;
using Gateway.Core.Employers;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Sequencing;
using Gateway.Outbound.Tests.Convert.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Afas.Tests.Sync;

/// <summary>An AFAS simulator, a fresh gateway database and a <see cref="ConnectorSync"/> between them.</summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    private readonly TempSqliteDatabase _sqlite;
    private readonly bool _ownsAfas;

    private SyncHarness(AfasTestServer afas, TempSqliteDatabase sqlite, bool ownsAfas = true)
    {
        _ownsAfas = ownsAfas;
        Afas = afas;
        _sqlite = sqlite;
        Clock = new SimulatorTimeProvider(afas.Simulator);
        Integration = new IntegrationOptions { Name = "acme", Afas = afas.Options(o => o.PageSize = 50) };
        Sync = new ConnectorSync(Database, afas.Client(o => o.PageSize = 50), Clock, NullLogger<ConnectorSync>.Instance);
        Employers = new EmployerStore(Database, Clock);
    }

    public AfasTestServer Afas { get; }

    public GatewayDatabase Database => _sqlite.Database;

    public TimeProvider Clock { get; }

    public IntegrationOptions Integration { get; }

    public ConnectorSync Sync { get; }

    public EmployerStore Employers { get; }

    public static async Task<SyncHarness> StartAsync(int employees = 150, long seed = 7, bool textValues = false) =>
        new(await AfasTestServer.StartAsync(employees, seed, textValues: textValues), await TempSqliteDatabase.CreateAsync());

    /// <summary>A second gateway (own, empty database) reading the same simulator.</summary>
    public async Task<SyncHarness> SecondGatewayAsync() => new(Afas, await TempSqliteDatabase.CreateAsync(), ownsAfas: false);

    public Task<SyncResult> RunAsync(string connector, SyncMode mode = SyncMode.Full) =>
        Sync.RunAsync(Integration, connector, mode, CancellationToken.None);

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
        await _sqlite.DisposeAsync();
    }
}

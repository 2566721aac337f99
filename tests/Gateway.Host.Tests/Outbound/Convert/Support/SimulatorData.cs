using System.Text.Json;
using Afas.Simulator.Hosting;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Source;

namespace Gateway.Outbound.Tests.Convert.Support;

/// <summary>
/// The six GetConnectors of a simulator dataset as AFAS returns them (raw JSON, fetched once per test run) and as
/// typed rows. Deterministic: seed 7, 150 employees, the simulator's default start date.
/// </summary>
internal sealed class SimulatorData
{
    private static readonly Lazy<Task<SimulatorData>> Shared = new(() => LoadAsync(150, 7));

    private SimulatorData(Dictionary<string, byte[]> json) => Json = json;

    /// <summary>Raw GetConnector responses by connector id.</summary>
    public IReadOnlyDictionary<string, byte[]> Json { get; }

    public static Task<SimulatorData> GetAsync() => Shared.Value;

    public IReadOnlyList<TRow> Rows<TRow>()
        where TRow : class, IAfasRow<TRow>
    {
        using var document = JsonDocument.Parse(Json[TRow.ConnectorId]);
        var reading = new AfasRowReading("test");
        var failures = new List<ConversionFailure>();
        var rows = new List<TRow>();
        var position = 0;
        foreach (var element in document.RootElement.GetProperty("rows").EnumerateArray())
        {
            if (reading.Read<TRow>(element, position++, failures) is { } row)
            {
                rows.Add(row);
            }
        }
        Assert.Empty(failures);
        return rows;
    }

    /// <summary>All six connectors as the current state.</summary>
    public SourceSnapshot Snapshot()
    {
        var snapshot = new SourceSnapshot();
        Rows<WerkgeverRow>().ToList().ForEach(snapshot.Put);
        Rows<OrganigramRow>().ToList().ForEach(snapshot.Put);
        Rows<AccountAutorisatieRow>().ToList().ForEach(snapshot.Put);
        Rows<MedewerkerGegevensRow>().ToList().ForEach(snapshot.Put);
        Rows<MedewerkerIbanRow>().ToList().ForEach(snapshot.Put);
        Rows<VerzuimRow>().ToList().ForEach(snapshot.Put);
        return snapshot;
    }

    /// <summary>Every row of every connector as a new record (an initial load).</summary>
    public ConversionBatch InitialLoad()
    {
        var batch = new ConversionBatch();
        batch.Werkgevers.AddRange(Rows<WerkgeverRow>().Select(SourceChange.New));
        batch.MedewerkerGegevens.AddRange(Rows<MedewerkerGegevensRow>().Select(SourceChange.New));
        batch.MedewerkerIban.AddRange(Rows<MedewerkerIbanRow>().Select(SourceChange.New));
        batch.Verzuim.AddRange(Rows<VerzuimRow>().Select(SourceChange.New));
        return batch;
    }

    /// <summary>Writes each connector's JSON to <c>&lt;directory&gt;/&lt;connector id&gt;.json</c>.</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (connector, json) in Json)
        {
            File.WriteAllBytes(Path.Combine(directory, connector + ".json"), json);
        }
    }

    private static async Task<SimulatorData> LoadAsync(int employees, long seed)
    {
        await using var simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions
        {
            Employees = employees,
            Seed = seed,
            Token = "MAPPING-TEST",
            StartDate = AfasSimulatorOptions.DefaultStartDate,
        });
        using var http = new HttpClient();
        var json = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var connector in new[]
        {
            AfasConnectorIds.Werkgevers, AfasConnectorIds.Organigram, AfasConnectorIds.MedewerkerGegevens,
            AfasConnectorIds.Verzuim, AfasConnectorIds.AccountsAutorisaties, AfasConnectorIds.MedewerkerIban,
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, simulator.BaseUrl + "ProfitRestServices/connectors/" + connector + "?skip=0&take=-1");
            request.Headers.Authorization = AfasTokenHeader.Create(simulator.Token);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            json[connector] = await response.Content.ReadAsByteArrayAsync();
        }
        return new SimulatorData(json);
    }
}

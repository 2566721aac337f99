using Afas.Simulator.Hosting;
using Gateway.Afas.Client;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Tests.Client;

/// <summary>A simulator on a free loopback port plus a client wired to it with quick retries.</summary>
internal sealed class AfasTestServer : IAsyncDisposable
{
    private AfasTestServer(AfasSimulatorServer simulator) => Simulator = simulator;

    public AfasSimulatorServer Simulator { get; }

    public HttpClient Http { get; } = new() { Timeout = Timeout.InfiniteTimeSpan };

    public RecordingLogger<AfasConnectorClient> Logger { get; } = new();

    /// <param name="textValues">The simulator writes values in the text shapes of real GetConnectors.</param>
    public static async Task<AfasTestServer> StartAsync(int employees = 60, long seed = 11, DateOnly? startDate = null, bool textValues = false) =>
        new(await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions
        {
            Employees = employees,
            Seed = seed,
            Token = "TEST-TOKEN-" + seed,
            StartDate = startDate ?? AfasSimulatorOptions.DefaultStartDate,
            TextValues = textValues,
        }));

    public AfasClientOptions Options(Action<AfasClientOptions>? configure = null)
    {
        var options = new AfasClientOptions
        {
            BaseUrl = Simulator.BaseUrl,
            Token = Simulator.Token,
            PageSize = 50,
            RequestTimeout = TimeSpan.FromSeconds(10),
            MaxAttempts = 4,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            RetryMaxDelay = TimeSpan.FromMilliseconds(50),
        };
        configure?.Invoke(options);
        return options;
    }

    public AfasConnectorClient Client(Action<AfasClientOptions>? configure = null) => new(Http, Options(configure), Logger);

    /// <summary>GET a connector as raw bytes with the right token (for byte-level comparisons).</summary>
    public async Task<byte[]> RawAsync(string connectorId, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Simulator.BaseUrl + "ProfitRestServices/connectors/" + connectorId + query);
        request.Headers.Authorization = AfasTokenHeader.Create(Simulator.Token);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}

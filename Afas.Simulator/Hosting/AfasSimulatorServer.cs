using System.Net;
using Afas.Simulator.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Afas.Simulator.Hosting;

/// <summary>
/// A running AFAS Profit REST simulator on 127.0.0.1: GET {BaseUrl}/ProfitRestServices/connectors/{id}, the UpdateConnector
/// POST …/connectors/KnSubject (dossier items, kept in <see cref="Subjects"/>) and the
/// /_sim control endpoints. Start with <see cref="StartAsync"/>, stop by disposing.
/// </summary>
public sealed class AfasSimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorState _state;

    private AfasSimulatorServer(WebApplication app, SimulatorState state, Uri baseUrl, string token)
    {
        _app = app;
        _state = state;
        BaseUrl = baseUrl;
        Token = token;
    }

    /// <summary>The address clients use as AFAS base URL, e.g. http://127.0.0.1:43121.</summary>
    public Uri BaseUrl { get; }

    public string Token { get; }

    public SimulationClock Clock => _state.Clock;

    public FaultInjector Faults => _state.Faults;

    public SimulatorStatistics Statistics => _state.Statistics;

    /// <summary>The dossier items accepted through the UpdateConnector KnSubject.</summary>
    public Updates.SubjectStore Subjects => _state.Subjects;

    /// <summary>When on, every GetConnector request gets 403 as from an App connector with an IP restriction.</summary>
    public bool IpRestricted
    {
        get => _state.IpRestricted;
        set => _state.IpRestricted = value;
    }

    /// <summary>Employees that exist on the current simulated day (start size plus hires).</summary>
    public int EmployeeCount => _state.Dataset.World.Shape.EmployeesOn(_state.Clock.Day);

    public static async Task<AfasSimulatorServer> StartAsync(AfasSimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Token);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        var state = new SimulatorState(options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(AfasSimulatorServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connectors = new ConnectorEndpoint(state);
        app.MapGet("/ProfitRestServices/connectors/{connectorId}", connectors.HandleAsync);
        app.MapPost("/ProfitRestServices/connectors/" + Updates.KnSubjectEndpoint.ConnectorId, new Updates.KnSubjectEndpoint(state).HandleAsync);
        AdminEndpoints.Map(app, state);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AfasSimulatorServer(app, state, new Uri(address), options.Token);
    }

    public DateOnly AdvanceDays(int days) => _state.Clock.AdvanceDays(days);

    public DateOnly AdvanceDay() => _state.Clock.AdvanceDay();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Afas.Simulator.Hosting;

namespace Gateway.Host.Cli.Simulator;

/// <summary>`gateway afas-sim`: runs the AFAS Profit simulator on 127.0.0.1 until Ctrl+C.</summary>
public static class AfasSimulatorCommand
{
    public static Command Create()
    {
        var employees = new Option<int>("--employees")
        {
            Description = "Employees on the start date (10 to 1,000,000).",
            Required = true,
        };
        var port = new Option<int>("--port") { Description = "Loopback port; 0 picks a free one.", DefaultValueFactory = _ => 0 };
        var seed = new Option<long>("--seed") { Description = "Dataset seed: the same seed and size give the same data.", DefaultValueFactory = _ => 1 };
        var token = new Option<string?>("--token") { Description = "Token clients must present; a random one when omitted." };
        var startDate = new Option<string?>("--start-date")
        {
            Description = "Simulated start date (yyyy-MM-dd); default " + AfasSimulatorOptions.DefaultStartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".",
        };
        var command = new Command("afas-sim", "Run the AFAS Profit REST simulator (six Newdays GetConnectors) until Ctrl+C.")
        {
            employees, port, seed, token, startDate,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(employees), parse.GetValue(port), parse.GetValue(seed), parse.GetValue(token),
            parse.GetValue(startDate), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int employees, int port, long seed, string? token, string? startDateText,
        CancellationToken cancellationToken)
    {
        if (employees is < 10 or > 1_000_000 || port is < 0 or > 65535)
        {
            await Console.Error.WriteLineAsync("--employees must be 10..1000000 and --port 0..65535.").ConfigureAwait(false);
            return GatewayCli.UsageOrIoError;
        }
        var startDate = AfasSimulatorOptions.DefaultStartDate;
        if (startDateText is not null
            && !DateOnly.TryParseExact(startDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out startDate))
        {
            await Console.Error.WriteLineAsync("--start-date must be yyyy-MM-dd.").ConfigureAwait(false);
            return GatewayCli.UsageOrIoError;
        }
        var options = new AfasSimulatorOptions
        {
            Employees = employees,
            Port = port,
            Seed = seed,
            Token = string.IsNullOrWhiteSpace(token) ? RandomNumberGenerator.GetHexString(64) : token,
            StartDate = startDate,
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => StopOn(signal, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => StopOn(signal, stop));
        await using var server = await AfasSimulatorServer.StartAsync(options, stop.Token).ConfigureAwait(false);
        Console.WriteLine($"AFAS simulator: {server.BaseUrl.ToString().TrimEnd('/')}");
        Console.WriteLine($"Token: {server.Token}");
        Console.WriteLine($"Seed {seed}, {employees} employees, simulated date {server.Clock.Today:yyyy-MM-dd}.");
        Console.WriteLine("GET  /ProfitRestServices/connectors/{id}   POST /_sim/advance?days=N   POST /_sim/faults?...   GET /_sim/stats");
        Console.WriteLine("Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping the AFAS simulator.");
        }
        return 0;
    }

    /// <summary>Turns Ctrl+C / SIGTERM into an orderly stop instead of the default process kill.</summary>
    private static void StopOn(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }
}

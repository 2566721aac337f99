using System.CommandLine;
using Gateway.Core.Configuration;
using Gateway.Host.Configuration;
using Gateway.Host.Hosting;

namespace Gateway.Host.Cli.Run;

/// <summary><c>gateway run [--config FILE]</c>: runs the gateway as a service until Ctrl+C / SIGTERM.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var command = new Command("run", "Run the gateway service: scheduled pulls, conversion, delivery") { config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = GatewayConfiguration.Build(parse.GetValue(config));
            var schemas = await StartupConfiguration.CheckAsync(configuration, cancellationToken).ConfigureAwait(false);
            using var host = GatewayServiceHost.Build(configuration, schemas);
            await GatewayServiceHost.RunAsync(host, cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}

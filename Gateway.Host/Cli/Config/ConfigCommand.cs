using System.CommandLine;
using Gateway.Core.Configuration;
using Gateway.Host.Configuration;

namespace Gateway.Host.Cli.Config;

/// <summary><c>gateway config check [--config FILE]</c>: the checks <c>gateway run</c> makes before it starts, without starting.</summary>
public static class ConfigCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var check = new Command("check", "Check the configuration as `gateway run` does at start; exit 2 listing every problem") { config };
        check.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = GatewayConfiguration.Build(parse.GetValue(config));
            await StartupConfiguration.CheckAsync(configuration, cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync("configuration OK").ConfigureAwait(false);
            return 0;
        });
        return new Command("config", "Configuration tools") { check };
    }
}

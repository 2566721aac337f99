using System.CommandLine;
using Gateway.Core.Configuration;

namespace Gateway.Host.Cli.Secrets;

/// <summary><c>gateway secrets protect</c>: reads a secret from standard input and prints it encrypted (<c>enc:v1:…</c>) for the configuration.</summary>
public static class SecretsCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra configuration file (JSON)" };
        var protect = new Command("protect", "Encrypt a secret read from standard input with the gateway's key") { config };
        protect.SetAction(async (parse, cancellationToken) =>
        {
            var secret = (await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false)).Trim();
            if (secret.Length == 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("gateway secrets protect: nothing on standard input").ConfigureAwait(false);
                return Cli.GatewayCli.UsageOrIoError;
            }
            var protector = GatewayConfiguration.Secrets(GatewayConfiguration.Build(parse.GetValue(config)));
            await parse.InvocationConfiguration.Output.WriteLineAsync(protector.Protect(secret)).ConfigureAwait(false);
            return 0;
        });
        return new Command("secrets", "Secrets stored encrypted in the configuration") { protect };
    }
}

using System.CommandLine;
using Gateway.Host.Cli;

namespace Gateway.Host.Tests.Support;

/// <summary>Runs the `gateway` command line in-process and captures what it writes.</summary>
internal static class GatewayCliRunner
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var parse = GatewayCli.Build().Parse(args);
        Assert.Empty(parse.Errors);
        var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}

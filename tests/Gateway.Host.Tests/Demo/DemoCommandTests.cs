using System.CommandLine;
using Gateway.Host.Cli;

namespace Gateway.Host.Tests.Demo;

/// <summary>The README's first command writes a sample of every type for every release and finds them all valid.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-demo-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Demo_writes_and_validates_every_sample()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var parse = GatewayCli.Build().Parse(["demo", "--out", _directory]);
        Assert.Empty(parse.Errors);

        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(0, exitCode);
        var files = Directory.GetFiles(_directory, "*.xml", SearchOption.AllDirectories);
        Assert.Equal(20, files.Length);
        Assert.Equal(4, files.Select(f => Path.GetFileName(Path.GetDirectoryName(f))).Distinct().Count());
        Assert.Contains("20 files: 20 valid, 0 invalid", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(4, files.Count(f => Path.GetFileName(f).StartsWith("VZ_", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

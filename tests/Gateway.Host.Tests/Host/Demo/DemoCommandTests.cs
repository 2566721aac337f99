using System.CommandLine;
using Gateway.Host.Cli;

namespace Gateway.Host.Tests.Demo;

/// <summary>The README's first command: the whole product against the simulator; and its sample-only variant.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-demo-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Demo_runs_the_product_end_to_end_and_everything_it_delivers_is_valid()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var parse = GatewayCli.Build().Parse(["demo", "--no-serve", "--employees", "60", "--work", _directory]);
        Assert.Empty(parse.Errors);

        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        var text = output.ToString();
        Assert.True(exitCode == 0, text + error);
        Assert.Contains("Delivery: ", text, StringComparison.Ordinal);
        var receiver = System.Text.RegularExpressions.Regex.Match(text, @"At the receiver \((.+)\): (\d+) files, (\d+) valid, 0 invalid");
        Assert.True(receiver.Success, text);
        Assert.True(int.Parse(receiver.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > 60, text);
        Assert.Equal(receiver.Groups[2].Value, receiver.Groups[3].Value);
        Assert.True(File.Exists(Path.Combine(_directory, "gateway.json")));
        // the second role takes in what the first delivered: held, restarted, processed, answered, one held again
        var held = System.Text.RegularExpressions.Regex.Match(text, @"Receiving account arbodienst-in \(hosted, partner folder .+\): (\d+) files arrived while it starts blocked, \1 held");
        Assert.True(held.Success, text);
        Assert.Matches(@"restarted with process: \d+ processed", text);
        Assert.Matches(@"a file sent twice: 1 refused — Een bericht met berichtreferentie \S+ is al eerder ontvangen", text);
        var end = System.Text.RegularExpressions.Regex.Match(text, @"blocked again with 1 file held; (\d+) Retourmeldingen in ");
        Assert.True(end.Success, text);
        Assert.True(int.Parse(end.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 1, text);
        Assert.Contains("\"ReceivingAccounts\"", await File.ReadAllTextAsync(Path.Combine(_directory, "gateway.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_samples_writes_and_validates_every_sample()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var parse = GatewayCli.Build().Parse(["demo", "--samples", _directory]);
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

using Gateway.Host.Cli;

namespace Gateway.Host.Tests.Demo;

/// <summary>`gateway demo --work DIR` empties DIR only when the demo made it, and checks its arguments before touching anything.</summary>
public sealed class DemoWorkFolderTests : IDisposable
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-demo-work-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void A_folder_with_files_the_demo_did_not_make_is_refused_and_kept()
    {
        var precious = Path.Combine(_directory, "thesis.txt");
        File.WriteAllText(precious, "years of work");

        var parse = GatewayCli.Build().Parse(["demo", "--no-serve", "--work", _directory]);

        var error = Assert.Single(parse.Errors).Message;
        Assert.Contains("was not made by gateway demo", error, StringComparison.Ordinal);
        Assert.Equal("years of work", File.ReadAllText(precious));
    }

    [Theory]
    [InlineData("--employees", "5", "--employees must be")]
    [InlineData("--ui-port", "70000", "--ui-port must be")]
    public void A_bad_argument_is_refused_before_the_work_folder_is_touched(string option, string value, string expected)
    {
        var work = Path.Combine(_directory, "demo");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, ".gateway-demo"), "");
        File.WriteAllText(Path.Combine(work, "gateway.db"), "earlier demo");

        var parse = GatewayCli.Build().Parse(["demo", "--no-serve", "--work", work, option, value]);

        Assert.Contains(parse.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(work, "gateway.db")));
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_folder_an_earlier_demo_made_is_emptied_and_marked_again()
    {
        var work = Path.Combine(_directory, "demo");
        Gateway.Host.Demo.DemoWorkFolder.Reset(work);
        File.WriteAllText(Path.Combine(work, "gateway.db"), "earlier demo");

        Gateway.Host.Demo.DemoWorkFolder.Reset(work);

        Assert.Equal([".gateway-demo"], Directory.GetFileSystemEntries(work).Select(Path.GetFileName));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(work));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

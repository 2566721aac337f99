using System.Text.RegularExpressions;

namespace Gateway.Architecture.Tests;

/// <summary>
/// Uitval lives in Core and knows no stage's rows: what a retry does is each stage's (<c>IUitvalRetry</c>), so uitval's
/// sources name no ledger or AFAS-pull type, by import or in full.
/// </summary>
public sealed partial class UitvalIndependenceTests
{
    [Fact]
    public void Uitval_sources_name_no_ledger_or_pull_types()
    {
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "Gateway.Core", "Uitval"), "*.cs", SearchOption.AllDirectories);

        Assert.NotEmpty(sources);
        Assert.Empty(sources.SelectMany(Offences));
    }

    [Fact]
    public void The_check_finds_an_import_and_a_qualified_name()
    {
        Assert.Equal(2, Forbidden().Count("using Gateway.Core.Ledger;\nvar s = Gateway.Afas.Sync.SyncOrder.Connectors;"));
        Assert.Empty(Forbidden().Matches("using Gateway.Core.Audit;\n// the ledger's messages"));
    }

    private static IEnumerable<string> Offences(string file) =>
        Forbidden().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Value}");

    [GeneratedRegex(@"\bGateway\.(?:Core\.(?:Ledger|Pulls)|Afas|Outbound)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Forbidden();
}

using Gateway.Host.Tests.Support;

namespace Gateway.Receiving.Tests;

/// <summary><c>gateway accounts import-overview</c>: the start-up overviews from CSV files into the receiving register.</summary>
public sealed class ImportOverviewCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-overview-").FullName;

    [Fact]
    public async Task Overviews_are_imported_once_and_a_bad_row_names_its_line()
    {
        var config = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(config, $$"""
            { "Gateway": { "Database": { "ConnectionString": "Data Source={{Path.Combine(_directory, "gateway.db")}}" },
              "ReceivingAccounts": { "acme": { "Kind": "HostedSftp", "AuthorisedEmployers": [ "WG-0001" ],
                "ImportConfigurations": [ { "MessageType": "Verzuimmeldingen", "Release": "2024", "Folder": "/inbox", "FileFilter": "VZ*.xml" } ] } } } }
            """);
        var employees = Write("employees.csv", "IdWrkgvrArbdnst;ExternWerknemerID;IdDnstvbnd\nWG-0001;EMP-1;1001-4\nWG-0001;EMP-2;\n");
        var cases = Write("cases.csv", "IdWrkgvrArbdnst,ExternWerknemerID,VrzmgvlId,DatEerstVrzmdg,DatHrstld,LaatsteVolgnummer\nWG-0001,EMP-1,CASE-1,2026-01-05,,\n");
        var badCases = Write("bad.csv", "IdWrkgvrArbdnst,ExternWerknemerID,VrzmgvlId,DatEerstVrzmdg\nWG-9999,EMP-3,CASE-9,2026-01-05\n");

        var first = await GatewayCliRunner.RunAsync("accounts", "import-overview", "--account", "acme", "--employees", employees, "--cases", cases, "--config", config);
        var again = await GatewayCliRunner.RunAsync("accounts", "import-overview", "--account", "acme", "--employees", employees, "--config", config);
        var bad = await GatewayCliRunner.RunAsync("accounts", "import-overview", "--account", "acme", "--cases", badCases, "--config", config);
        var unknown = await GatewayCliRunner.RunAsync("accounts", "import-overview", "--account", "nobody", "--cases", cases, "--config", config);

        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("employees: 2 added, 0 already known; cases: 1 added", first.Output, StringComparison.Ordinal);
        Assert.Contains("employees: 0 added, 2 already known", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("regel 2", bad.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Exit);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

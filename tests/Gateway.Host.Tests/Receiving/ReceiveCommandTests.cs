using Gateway.Host.Tests.Support;
using Gateway.Receiving.Tests.Support;

namespace Gateway.Receiving.Tests;

/// <summary><c>gateway receive --once</c> on a hosted inbox: files are taken, processed and answered.</summary>
public sealed class ReceiveCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-receive-").FullName;

    [Fact]
    public async Task One_round_processes_the_inbox_and_answers_each_file()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_directory, "chroot", "gw-acme", "inbox")).FullName;
        var first = ReceivingMessages.Absence("CASE-1", 1);
        first.BrAlg!.OntvngstbevJN = "J";
        await File.WriteAllBytesAsync(Path.Combine(inbox, "VZ_1.xml"), ReceivingMessages.Bytes(first));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "VZ_2.xml"), ReceivingMessages.Bytes(ReceivingMessages.Absence("CASE-1", 2, "02", employer: "WG-9999")));
        var config = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(config, $$"""
            { "Gateway": { "Database": { "ConnectionString": "Data Source={{Path.Combine(_directory, "gateway.db")}}" },
              "Host": { "StateDirectory": "{{Path.Combine(_directory, "state")}}" },
              "HostedSftp": { "ChrootRoot": "{{Path.Combine(_directory, "chroot")}}" },
              "ReceivingAccounts": { "acme": { "Kind": "HostedSftp", "ProcessingBlocked": false, "AuthorisedEmployers": [ "WG-0001" ],
                "Transport": { "UserName": "gw-acme", "RetourmeldingFolder": "/retour" },
                "ImportConfigurations": [ { "MessageType": "Verzuimmeldingen", "Release": "2024", "Folder": "/inbox", "FileFilter": "VZ*.xml" } ] } } } }
            """);

        var (exit, output, error) = await GatewayCliRunner.RunAsync("receive", "--once", "--config", config);

        Assert.True(exit == 0, error);
        Assert.Contains("acme: 2 files — 1 processed, 1 refused, 0 held, 0 waiting; 2 Retourmeldingen sent", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_directory, "chroot", "gw-acme", "retour"), "RM_*.xml").Length);
        var database = new Gateway.Core.Persistence.GatewayDatabase(new Gateway.Core.Persistence.DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" });
        await using var context = database.CreateContext();
        var published = Assert.Single(context.OutboxEvents.Where(e => e.Type == "SiviMessageReceived").ToList());
        var received = System.Text.Json.JsonSerializer.Deserialize<Gateway.Contracts.SiviMessageReceived>(published.Payload)!;
        Assert.Equal(("acme", "Verzuimmeldingen", "2024"), (received.Account, received.MessageType, received.Release));
        Assert.Contains("<VrzmgvlId>CASE-1</VrzmgvlId>", received.Xml, StringComparison.Ordinal);
        Assert.Equal("CASE-1", Assert.Single(received.Absences).VrzmgvlId);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

using System.Text;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Receiving.Tests;

/// <summary>
/// A release the gateway does not ship, installed by the operator (docs/schemas.md): here a fictitious 2021 set made
/// from our 2022 Verzuimmeldingen schema with its namespace moved to 2021 (SIVI does not publish 2017-2021). Through
/// the command line with a configuration, as an operator runs it: the account's import configuration may name 2021
/// only once the set is installed; then a 2021 file is validated against the installed schema and applied, an invalid
/// one refused with its schema errors, both answered with a Retourmelding; <c>gateway validate</c> knows the release too.
/// </summary>
public sealed class InstalledReleaseReceivingTests : IDisposable
{
    private const string Ns2022 = "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2022";
    private const string Ns2021 = "http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/2021";

    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-installed-").FullName;

    [Fact]
    public async Task A_release_the_operator_installed_is_received_validated_applied_and_answered()
    {
        var installed = Path.Combine(_directory, "sivi-xsd");
        var inbox = Directory.CreateDirectory(Path.Combine(_directory, "chroot", "gw-acme", "inbox")).FullName;
        var valid = Release2021(ReceivingMessages.Absence("CASE-1", 1, release: "2022"), ask: true);
        await File.WriteAllTextAsync(Path.Combine(inbox, "VZ_1.xml"), valid);
        await File.WriteAllTextAsync(Path.Combine(inbox, "VZ_2.xml"), Release2021(ReceivingMessages.Absence("CASE-2", 1, release: "2022"), ask: false)
            .Replace("<PrcVrzm>100.00</PrcVrzm>", "<PrcVrzm>veel</PrcVrzm>", StringComparison.Ordinal));

        // before the install: the account may not name 2021
        var (refusedExit, _, refusedError) = await GatewayCliRunner.RunAsync("receive", "--once", "--config", await WriteConfigAsync(schemas: null));
        Assert.NotEqual(0, refusedExit);
        Assert.Contains("ImportConfigurations:0:Release '2021' is not a known release of Verzuimmeldingen", refusedError, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(inbox).Length);

        // the operator installs the set in a directory of its own and lists it after the shipped one
        Directory.CreateDirectory(Path.Combine(installed, "2021"));
        var schema = await File.ReadAllTextAsync(Path.Combine(RepoPaths.OurSchemas, "2022", "Verzuimmeldingen.xsd"));
        await File.WriteAllTextAsync(Path.Combine(installed, "2021", "sivi-verzuimmeldingen.xsd"),
            schema.Replace(Ns2022, Ns2021, StringComparison.Ordinal).Replace("version=\"2022\"", "version=\"2021\"", StringComparison.Ordinal));
        var schemas = RepoPaths.OurSchemas + Path.PathSeparator + installed;
        var config = await WriteConfigAsync(schemas);

        var (exit, output, error) = await GatewayCliRunner.RunAsync("receive", "--once", "--config", config);

        Assert.True(exit == 0, error + output);
        Assert.Contains("acme: 2 files — 1 processed, 1 refused, 0 held, 0 waiting; 2 Retourmeldingen sent", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(inbox));
        var answers = Directory.GetFiles(Path.Combine(_directory, "chroot", "gw-acme", "retour"), "RM_*.xml").Select(File.ReadAllText).ToList();
        Assert.Equal(2, answers.Count);
        // answered in the described release nearest to 2021
        Assert.All(answers, a => Assert.Contains("http://www.sivi.org/Verzuimmanagement/Retourmelding1/2022", a, StringComparison.Ordinal));
        var refusal = Assert.Single(answers, a => a.Contains("<SrtRetmldngCd>03</SrtRetmldngCd>", StringComparison.Ordinal));
        Assert.Contains("<SrtFoutCd>01</SrtFoutCd>", refusal, StringComparison.Ordinal);
        Assert.Contains("PrcVrzm", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("veel", refusal, StringComparison.Ordinal);
        Assert.Single(answers, a => a.Contains("<SrtRetmldngCd>02</SrtRetmldngCd>", StringComparison.Ordinal));

        var options = new Gateway.Core.Persistence.DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_directory, "gateway.db")}" };
        await using (var register = ReceivingDatabase.On(new Gateway.Core.Persistence.GatewayDatabase(options)).CreateContext())
        {
            var files = await register.Files.OrderBy(f => f.Id).ToListAsync();
            Assert.Equal([("VZ_1.xml", ReceivedFileStatus.Processed, "2021"), ("VZ_2.xml", ReceivedFileStatus.Refused, "2021")],
                files.Select(f => (f.FileName, f.Status, f.Release)));
            var absence = await register.AbsenceCases.SingleAsync();
            Assert.Equal(("CASE-1", (int?)1), (absence.VrzmgvlId, absence.LastSequence));
        }
        await using (var context = new Gateway.Core.Persistence.GatewayDatabase(options).CreateContext())
        {
            var published = Assert.Single(context.OutboxEvents.Where(e => e.Type == "SiviMessageReceived").ToList());
            var received = System.Text.Json.JsonSerializer.Deserialize<Gateway.Contracts.SiviMessageReceived>(published.Payload)!;
            // the message as read: in the nearest described release, which the event names
            Assert.Equal(("Verzuimmeldingen", "2022"), (received.MessageType, received.Release));
            Assert.Contains("<VrzmgvlId>CASE-1</VrzmgvlId>", received.Xml, StringComparison.Ordinal);
        }

        // gateway validate reads the same schema set
        var file = Path.Combine(_directory, "bericht-2021.xml");
        await File.WriteAllTextAsync(file, valid);
        var (validateExit, validateOutput, _) = await GatewayCliRunner.RunAsync("validate", "--schemas", schemas, file);
        Assert.Equal(0, validateExit);
        Assert.Contains($"VALID   {file}  (Verzuimmeldingen 2021)", validateOutput, StringComparison.Ordinal);
    }

    private static string Release2021(Sivi.Messages.Model.Verzuimmeldingen message, bool ask)
    {
        message.BrAlg!.OntvngstbevJN = ask ? "J" : "N";
        return Encoding.UTF8.GetString(ReceivingMessages.Bytes(message)).Replace(Ns2022, Ns2021, StringComparison.Ordinal);
    }

    private async Task<string> WriteConfigAsync(string? schemas)
    {
        var config = Path.Combine(_directory, "gateway.json");
        var sivi = schemas is null ? "" : $$""", "Sivi": { "SchemaDirectory": {{System.Text.Json.JsonSerializer.Serialize(schemas)}} }""";
        await File.WriteAllTextAsync(config, $$"""
            { "Gateway": { "Database": { "ConnectionString": "Data Source={{Path.Combine(_directory, "gateway.db")}}" },
              "Host": { "StateDirectory": "{{Path.Combine(_directory, "state")}}" },
              "HostedSftp": { "ChrootRoot": "{{Path.Combine(_directory, "chroot")}}" },
              "ReceivingAccounts": { "acme": { "Kind": "HostedSftp", "ProcessingBlocked": false, "AuthorisedEmployers": [ "WG-0001" ],
                "Transport": { "UserName": "gw-acme", "RetourmeldingFolder": "/retour" },
                "ImportConfigurations": [ { "MessageType": "Verzuimmeldingen", "Release": "2021", "Folder": "/inbox", "FileFilter": "VZ*.xml" } ] } } }{{sivi}} }
            """);
        return config;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

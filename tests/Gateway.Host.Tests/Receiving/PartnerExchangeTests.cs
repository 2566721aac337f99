using Gateway.Core.Accounts;
using Gateway.Core.Incoming;
using Gateway.Core.PartnerSending;
using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Inbox;
using Gateway.Outbound.Incoming;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Sending;
using Gateway.Receiving.Tests.Support;
using Gateway.Transport.Delivery;
using Gateway.Transport.Hosted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Receiving.Tests;

/// <summary>
/// Two gateways on one machine: the arbodienst's (receiving role) sends Afspraken and Documenten from its drop folder into
/// the hosted inbox of the employer's account; the employer's gateway (sending role) takes them and answers with
/// Retourmeldingen through its delivery folder, which the arbodienst's intake records on what it sent.
/// </summary>
public sealed class PartnerExchangeTests
{
    private const string AfspraakRequest = """
        {"type":"Afspraken","employee":"1001","employeeSurname":"Jansen","date":"2026-02-03","time":"09:30",
         "description":"Spreekuur bedrijfsarts","executorSurname":"Visser","executorFunction":"Bedrijfsarts","firstAbsenceDay":"2026-01-12"}
        """;

    private const string DocumentRequest = """{"type":"Documenten","employee":"1002","documentType":"208","date":"2026-02-01","description":"Probleemanalyse"}""";

    [Theory]
    [InlineData("2025")]
    [InlineData("2026")]
    public async Task Afspraken_and_documents_go_from_the_arbodienst_to_the_employer_and_the_answers_come_back(string release)
    {
        var root = Path.Combine(Path.GetTempPath(), "gateway-exchange-" + Guid.NewGuid().ToString("N"));
        var hosted = new HostedSftpOptions { ChrootRoot = Path.Combine(root, "chroot") };
        var drop = Directory.CreateDirectory(Path.Combine(root, "drop")).FullName;
        var inbox = Directory.CreateDirectory(Path.Combine(hosted.ChrootRoot, "wg", "in")).FullName;
        var arboOptions = ReceivingHarness.DefaultAccountOptions();
        arboOptions.Kind = ReceivingAccountKind.HostedSftp;
        arboOptions.Transport = new ReceivingTransportOptions { UserName = "wg" };
        arboOptions.ImportConfigurations = [new ImportConfigurationOptions { MessageType = "Verzuimmeldingen", Release = "2025", Folder = "/in", FileFilter = "*.xml" }];
        arboOptions.OwnIdentification = "ARBO-1";
        arboOptions.PartnerIdentification = "WERKGEVER-1";
        arboOptions.Sending = new ReceivingSendOptions { Release = release, DropFolder = drop };
        var employer = new PartnerAccountOptions
        {
            Name = "arbo",
            Integration = "acme",
            Delivery = new DeliveryOptions { Kind = DeliveryKind.Folder, Folder = inbox },
            Incoming = new IncomingMessagesOptions { Folder = Path.Combine(hosted.ChrootRoot, "wg", "berichten"), StabilityInterval = TimeSpan.FromMilliseconds(100) },
        };
        await File.WriteAllTextAsync(Path.Combine(drop, "afspraak.json"), AfspraakRequest);
        await File.WriteAllTextAsync(Path.Combine(drop, "pa.json"), DocumentRequest);
        await File.WriteAllBytesAsync(Path.Combine(drop, "pa.pdf"), Outbound.Tests.Incoming.IncomingDocumentsEndToEndTests.Pdf);
        await File.WriteAllTextAsync(Path.Combine(drop, "kapot.json"), """{"type":"Afspraken","employee":"1001"}""");

        await using var arbo = await ReceivingHarness.CreateAsync("sqlite", null!, arboOptions);
        var arboDatabase = new GatewayDatabase(arbo.Register.Options);
        await arboDatabase.MigrateAsync(default);
        await using var employerDatabase = await TempSqliteDatabase.CreateAsync();
        var validator = new SiviValidator(await SchemaRegistry.LoadAsync(Path.Combine(RepoPaths.Root, "xsd")));
        var folders = new ReceivingFolders(new SecretProtector(new byte[32]), hosted, NullLoggerFactory.Instance);
        try
        {
            var sender = new PartnerSender(arboDatabase, validator, new ReceivingOptions(), TimeProvider.System, NullLogger<PartnerSender>.Instance);
            Assert.Equal(2, await sender.RunOnceAsync(arbo.Account, folders.Open(arbo.Account), default));

            var processor = new IncomingMessageProcessor(employerDatabase.Database, validator, TimeProvider.System, NullLogger<IncomingMessageProcessor>.Instance);
            Assert.Equal(2, await new IncomingIntake(processor, Path.Combine(root, "employer-state"), NullLoggerFactory.Instance, TimeProvider.System)
                .RunOnceAsync(employer, PartnerInbox.FolderOf(employer, employer.Incoming, null, hosted), default));
            var dispatcher = new DeliveryDispatcher(employerDatabase.Database, TimeProvider.System, new DeliveryRetryPolicy(),
                new Gateway.Core.Outages.PartnerOutages(employerDatabase.Database, TimeProvider.System, new Gateway.Core.Outages.OutageProbeOptions(), NullLogger<Gateway.Core.Outages.PartnerOutages>.Instance),
                NullLogger<DeliveryDispatcher>.Instance);
            Assert.Equal(2, await dispatcher.RunOnceAsync(employer.Name, TransferFolderTarget.LocalFolder(inbox), default));

            var correlator = new SentMessageCorrelator(arboDatabase, validator, TimeProvider.System, NullLogger<SentMessageCorrelator>.Instance);
            var run = await new ReceivingIntake(arbo.Processor, arboDatabase, Path.Combine(root, "arbo-state"), NullLoggerFactory.Instance, TimeProvider.System, correlator)
                .RunAsync(arbo.Account, folders.Open(arbo.Account), default);
            Assert.Empty(run.Outcomes);
            Assert.Empty(run.Problems);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        await using (var context = arboDatabase.CreateContext())
        {
            var sent = await context.OutgoingPartnerMessages.OrderBy(m => m.Id).ToListAsync();
            Assert.Equal(["Afspraken", "Afspraken", "Documenten"], sent.Select(m => m.MessageType));
            Assert.Equal([OutgoingState.Acknowledged, OutgoingState.Acknowledged], sent.Where(m => m.Origin != "drop:kapot.json").Select(m => m.State));
            var broken = sent.Single(m => m.Origin == "drop:kapot.json");
            Assert.Equal(OutgoingState.Failed, broken.State);
            Assert.Contains("'employeeSurname' is required", broken.LastError, StringComparison.Ordinal);
            Assert.Equal(2, await context.OutboxEvents.CountAsync(e => e.Type == "RetourmeldingReceived"));
            Assert.Contains(await context.Uitval.Select(u => u.Reason).ToListAsync(), r => r.Contains("kapot.json", StringComparison.Ordinal));
        }
        await using (var context = employerDatabase.Database.CreateContext())
        {
            var items = await context.IncomingItems.OrderBy(i => i.Kind).ToListAsync();
            Assert.Equal([IncomingItemKind.Document, IncomingItemKind.Afspraak], items.Select(i => i.Kind));
            Assert.Equal(Outbound.Tests.Incoming.IncomingDocumentsEndToEndTests.Pdf, items[0].Content);
            Assert.Equal(("pa.pdf", "1002"), (items[0].FileName, items[0].EmployeeId));
            Assert.Equal(("1001", "2026-01-12", "09:30", new DateOnly(2026, 2, 3)), (items[1].EmployeeId, items[1].CaseId, items[1].Time, items[1].Date));
            Assert.StartsWith("Spreekuur bedrijfsarts (Bedrijfsarts:", items[1].Description, StringComparison.Ordinal);
            Assert.Equal(2, await context.IncomingMessages.CountAsync(m => m.Accepted && m.Release == release));
        }
    }
}

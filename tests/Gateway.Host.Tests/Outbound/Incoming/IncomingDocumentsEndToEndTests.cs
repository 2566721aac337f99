using System.Text;
using Afas.Simulator.Hosting;
using Gateway.Afas.Dossier;
using Gateway.Core.Accounts;
using Gateway.Core.Incoming;
using Gateway.Core.Integrations;
using Gateway.Core.Secrets;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Inbox;
using Gateway.Outbound.Incoming;
using Gateway.Outbound.Incoming.Dossier;
using Gateway.Receiving.Sending;
using Gateway.Transport.Sftp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Messages.Header;
using Sivi.Messages.Model;
using Sivi.Messages.Reading;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Tests.Incoming;

/// <summary>
/// The employer side takes Documenten from the arbodienst's SFTP folder (real sshd), delivers good documents into AFAS
/// (the simulator's UpdateConnector KnSubject) and answers every file with a Retourmelding over the account's transport.
/// </summary>
public sealed class IncomingDocumentsEndToEndTests
{
    private const string Release = "2025";

    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [RequiresSshdFact]
    public async Task A_pdf_placed_by_the_partner_is_a_dossier_item_with_the_same_bytes_and_bad_documents_are_uitval_with_a_rejecting_retourmelding()
    {
        using var sshd = SshdServer.Start();
        await using var sqlite = await TempSqliteDatabase.CreateAsync();
        await using var simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions { Employees = 20, Seed = 3, Token = "DOSSIER-TOKEN" });
        var state = Path.Combine(Path.GetTempPath(), "gateway-incoming-" + Guid.NewGuid().ToString("N"));
        string incoming, outbox;
        await using (var connection = await sshd.ConnectAsync(SftpClientKind.LibSsh))
        {
            incoming = await sshd.NewRemoteFolderAsync(connection, "incoming");
            outbox = await sshd.NewRemoteFolderAsync(connection, "outbox");
        }
        var account = Account(sshd, incoming, outbox);
        var builder = new PartnerMessageBuilder(SiviDefinitions.Embedded, TimeProvider.System);
        var link = new BrAlgOptions("ARBO-1", "WERKGEVER-1");
        var good = builder.Documenten(Release, link, [new OutgoingDocument("1001", "208", "probleemanalyse.pdf", Pdf, new DateOnly(2025, 6, 2),
            CaseId: "V-1", FirstAbsenceDay: new DateOnly(2025, 5, 1), Description: "Probleemanalyse")]);
        var wrongType = builder.Documenten(Release, link, [new OutgoingDocument("1002", "999", "brief.pdf", Png, new DateOnly(2025, 6, 2))]);
        var tooLarge = builder.Documenten(Release, link, [new OutgoingDocument("1003", "999", "groot.pdf", [.. Pdf, .. new byte[4096]], new DateOnly(2025, 6, 2))]);
        var badBase64 = builder.Documenten(Release, link, [new OutgoingDocument("1004", "999", "kapot.pdf", Pdf, new DateOnly(2025, 6, 2))]);
        badBase64.Document[0].Datastring = "JVBERi0x#@!notbase64";
        foreach (var (name, message) in new[] { ("DOC_good.xml", good), ("DOC_type.xml", wrongType), ("DOC_large.xml", tooLarge), ("DOC_base64.xml", badBase64) })
        {
            await File.WriteAllBytesAsync(Path.Combine(sshd.LocalPath(incoming), name), await SiviMessageWriter.Default.ToBytesAsync(message, Release));
        }
        var validator = new SiviValidator(await SchemaRegistry.LoadAsync(Path.Combine(RepoPaths.Root, "xsd")));
        var processor = new IncomingMessageProcessor(sqlite.Database, validator, TimeProvider.System, NullLogger<IncomingMessageProcessor>.Instance);
        var sftp = new SftpPushTargets(new SecretProtector(new byte[32]), NullLoggerFactory.Instance);
        try
        {
            Assert.Equal(4, await new IncomingIntake(processor, state, NullLoggerFactory.Instance, TimeProvider.System)
                .RunOnceAsync(account, PartnerInbox.FolderOf(account, account.Incoming, sftp, null), default));
            using var http = new HttpClient();
            var client = new KnSubjectClient(http, new AfasClientOptions { BaseUrl = simulator.BaseUrl, Token = simulator.Token }, NullLogger<KnSubjectClient>.Instance);
            Assert.Equal(1, await new DossierDelivery(sqlite.Database, TimeProvider.System, NullLogger<DossierDelivery>.Instance).RunOnceAsync(account, client, default));
            var dispatcher = new DeliveryDispatcher(sqlite.Database, TimeProvider.System, new DeliveryRetryPolicy(),
                new Gateway.Core.Outages.PartnerOutages(sqlite.Database, TimeProvider.System, new Gateway.Core.Outages.OutageProbeOptions(), NullLogger<Gateway.Core.Outages.PartnerOutages>.Instance),
                NullLogger<DeliveryDispatcher>.Instance);
            Assert.Equal(4, await dispatcher.RunOnceAsync(account.Name, sftp.Create(account), default));
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }

        var subject = Assert.Single(simulator.Subjects.All);
        Assert.Equal(("1001", 7), (subject.EmployeeId, subject.SubjectType));
        var attachment = Assert.Single(subject.Attachments);
        Assert.Equal("probleemanalyse.pdf", attachment.FileName);
        Assert.Equal(Pdf, attachment.Content);
        Assert.Empty(Directory.GetFiles(sshd.LocalPath(incoming)));

        var answers = new Dictionary<string, Retourmelding1>();
        foreach (var file in Directory.GetFiles(sshd.LocalPath(outbox), "RM_*.xml"))
        {
            var retour = (Retourmelding1)await SiviMessageReader.Default.ReadAsync(File.OpenRead(file));
            answers[retour.BrAlg!.BerrefnrIngzndnBer!] = retour;
        }
        Assert.Equal(RetourmeldingFactory.Verwerkt, answers[good.BrAlg!.Berrefnr!].BrAlg!.SrtRetmldngCd);
        Assert.Empty(answers[good.BrAlg.Berrefnr!].Foutmldng);
        Assert.Contains("is declared pdf but its content is not a pdf file", Rejection(answers, wrongType), StringComparison.Ordinal);
        Assert.Contains("is larger than the 1024 bytes this account accepts", Rejection(answers, tooLarge), StringComparison.Ordinal);
        Assert.Contains("Datastring is not valid base64", Rejection(answers, badBase64), StringComparison.Ordinal);

        await using var context = sqlite.Database.CreateContext();
        var item = await context.IncomingItems.SingleAsync();
        Assert.Equal((DossierState.Delivered, "10001", "1001", "V-1"), (item.DossierState, item.AfasSubjectId, item.EmployeeId, item.CaseId));
        var uitval = await context.Uitval.Where(u => u.Stage == UitvalStage.Validation).Select(u => u.Reason).ToListAsync();
        Assert.Equal(3, uitval.Count);
        Assert.Contains(uitval, r => r.Contains("Datastring is not valid base64", StringComparison.Ordinal));
        Assert.Equal(3, await context.IncomingMessages.CountAsync(m => !m.Accepted));
        Assert.Equal(1, await context.OutboxEvents.CountAsync(e => e.Type == "IncomingItemReceived"));
        Assert.Equal(1, await context.OutboxEvents.CountAsync(e => e.Type == "DossierItemDelivered"));
        Assert.Equal(1, await context.AuditLog.CountAsync(a => a.Action == "dossier.deliver" && a.Target == $"incoming-item:{item.Id}"));
    }

    private static string Rejection(Dictionary<string, Retourmelding1> answers, Documenten sent)
    {
        var answer = answers[sent.BrAlg!.Berrefnr!];
        Assert.Equal(RetourmeldingFactory.NietVerwerkt, answer.BrAlg!.SrtRetmldngCd);
        return string.Join(" | ", answer.Foutmldng.Select(f => f.Toelchtng));
    }

    internal static PartnerAccountOptions Account(SshdServer sshd, string incoming, string outbox) => new()
    {
        Name = "arbo",
        Integration = "acme",
        Delivery = new DeliveryOptions
        {
            Kind = DeliveryKind.SftpPush,
            Sftp = new SftpPushOptions { Host = "127.0.0.1", Port = sshd.Port, Username = sshd.UserName, Password = sshd.Password, HostKey = sshd.HostKeys, RemoteFolder = outbox },
        },
        Incoming = new IncomingMessagesOptions
        {
            Folder = incoming,
            StabilityInterval = TimeSpan.FromMilliseconds(200),
            MaxDocumentBytes = 1024,
            Dossier = new DossierDeliveryOptions { DocumentSubjectType = 7, AfspraakSubjectType = 8 },
        },
    };
}

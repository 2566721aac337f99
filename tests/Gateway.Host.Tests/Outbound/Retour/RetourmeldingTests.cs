using System.Text;
using Gateway.Core.Accounts;
using Gateway.Core.Ledger;
using Gateway.Core.Secrets;
using Gateway.Core.Uitval;
using Gateway.Host.Samples;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Retour;
using Gateway.Outbound.Tests.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Gateway.Outbound.Tests.Retour;

/// <summary>Retourmeldingen are correlated to the message they answer, once, and read from the partner's SFTP folder.</summary>
public sealed class RetourmeldingTests
{
    private static async Task<byte[]> RetourAsync(string answers, bool rejected)
    {
        var message = new SampleMessageFactory(SiviDefinitions.Embedded, TimeProvider.System).Retourmelding("2025", answers, rejected);
        return await SiviMessageWriter.Default.ToBytesAsync(message, "2025");
    }

    [Fact]
    public async Task A_processed_answer_acknowledges_and_a_rejection_becomes_uitval_with_its_errors()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        await ledger.AddAsync("arbo", "A", 1);
        await ledger.AddAsync("arbo", "B", 1);
        var correlator = new RetourmeldingCorrelator(ledger.Database, TimeProvider.System, NullLogger<RetourmeldingCorrelator>.Instance);

        var ok = await correlator.ApplyAsync("arbo", "RM_1.xml", new MemoryStream(await RetourAsync("A-001", rejected: false)), default);
        var refused = await correlator.ApplyAsync("arbo", "RM_2.xml", new MemoryStream(await RetourAsync("B-001", rejected: true)), default);
        var again = await correlator.ApplyAsync("arbo", "RM_2.xml", new MemoryStream(await RetourAsync("B-001", rejected: true)), default);

        Assert.Equal((RetourmeldingOutcome.Acknowledged, RetourmeldingOutcome.Rejected, RetourmeldingOutcome.AlreadyRecorded), (ok, refused, again));
        await using var context = ledger.Database.CreateContext();
        var a = await context.LedgerMessages.SingleAsync(m => m.Berrefnr == "A-001");
        var b = await context.LedgerMessages.SingleAsync(m => m.Berrefnr == "B-001");
        Assert.Equal(LedgerState.Acknowledged, a.State);
        Assert.NotNull(a.AcknowledgedUtc);
        Assert.Equal(LedgerState.Rejected, b.State);
        Assert.Contains("Werknemer onbekend bij ontvanger", b.LastError, StringComparison.Ordinal);
        var uitval = await context.Uitval.SingleAsync();
        Assert.Equal((UitvalStage.Delivery, "B"), (uitval.Stage, uitval.RecordKey));
        Assert.Equal(2, await context.OutboxEvents.CountAsync(e => e.Type == "RetourmeldingReceived"));
    }

    [Fact]
    public async Task Unknown_and_unreadable_answers_are_uitval_and_change_no_message()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        await ledger.AddAsync("arbo", "A", 1);
        var correlator = new RetourmeldingCorrelator(ledger.Database, TimeProvider.System, NullLogger<RetourmeldingCorrelator>.Instance);

        var unknown = await correlator.ApplyAsync("arbo", "RM_x.xml", new MemoryStream(await RetourAsync("NOT-OURS", rejected: false)), default);
        var otherAccount = await correlator.ApplyAsync("other", "RM_y.xml", new MemoryStream(await RetourAsync("A-001", rejected: false)), default);
        var garbage = await correlator.ApplyAsync("arbo", "RM_z.xml", new MemoryStream(Encoding.UTF8.GetBytes("<not-sivi/>")), default);

        Assert.Equal((RetourmeldingOutcome.Unknown, RetourmeldingOutcome.Unknown, RetourmeldingOutcome.Unreadable), (unknown, otherAccount, garbage));
        await using var context = ledger.Database.CreateContext();
        Assert.Equal(LedgerState.Queued, (await context.LedgerMessages.SingleAsync()).State);
        Assert.Equal(3, await context.Uitval.CountAsync());
    }

    [Fact]
    public async Task With_a_validator_an_answer_that_is_not_valid_against_its_release_is_not_applied()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        await ledger.AddAsync("arbo", "A", 1);
        var validator = new Sivi.Schemas.Validation.SiviValidator(await Sivi.Schemas.Registry.SchemaRegistry.LoadAsync(Path.Combine(RepoPaths.Root, "xsd")));
        var correlator = new RetourmeldingCorrelator(ledger.Database, TimeProvider.System, NullLogger<RetourmeldingCorrelator>.Instance, validator);
        var invalid = Encoding.UTF8.GetString(await RetourAsync("A-001", rejected: false)).Replace("<SrtRetmldngCd>02</SrtRetmldngCd>", "<SrtRetmldngCd>XX</SrtRetmldngCd>", StringComparison.Ordinal);
        Assert.Contains("XX", invalid, StringComparison.Ordinal);

        var refused = await correlator.ApplyAsync("arbo", "RM_bad.xml", new MemoryStream(Encoding.UTF8.GetBytes(invalid)), default);
        var valid = await correlator.ApplyAsync("arbo", "RM_ok.xml", new MemoryStream(await RetourAsync("A-001", rejected: false)), default);

        Assert.Equal((RetourmeldingOutcome.Unreadable, RetourmeldingOutcome.Acknowledged), (refused, valid));
    }

    [RequiresSshdTheory]
    [InlineData("LibSsh")]
    [InlineData("SshNet")]
    public async Task Retourmeldingen_are_taken_from_the_partners_sftp_folder_once_and_removed_there(string client)
    {
        using var sshd = SshdServer.Start();
        await using var ledger = await LedgerFixture.CreateAsync();
        await ledger.AddAsync("arbo", "A", 1);
        var state = Path.Combine(Path.GetTempPath(), "gateway-retour-" + Guid.NewGuid().ToString("N"));
        var account = new PartnerAccountOptions
        {
            Name = "arbo",
            Delivery = new DeliveryOptions
            {
                Kind = DeliveryKind.SftpPush,
                Sftp = new SftpPushOptions { Host = "127.0.0.1", Port = sshd.Port, Username = sshd.UserName, Password = sshd.Password, HostKey = sshd.HostKeys, RemoteFolder = sshd.UploadDirectory },
            },
            Retourmeldingen = new RetourIntakeOptions { Folder = sshd.UploadDirectory, StabilityInterval = TimeSpan.FromMilliseconds(200) },
            Transport = new AccountTransportOptions { Client = client },
        };
        await File.WriteAllBytesAsync(Path.Combine(sshd.LocalUploadDirectory, "RM_answer.xml"), await RetourAsync("A-001", rejected: false));
        await File.WriteAllTextAsync(Path.Combine(sshd.LocalUploadDirectory, "VZ_not-a-retour.xml"), "<x/>");
        await File.WriteAllBytesAsync(Path.Combine(sshd.LocalUploadDirectory, "RM_orphan.xml"), await RetourAsync("NEVER-SENT", rejected: false));
        var sftp = new SftpPushTargets(new SecretProtector(new byte[32]), NullLoggerFactory.Instance);
        var intake = new RetourIntake(new RetourmeldingCorrelator(ledger.Database, TimeProvider.System, NullLogger<RetourmeldingCorrelator>.Instance),
            state, new Gateway.Core.Outages.PartnerOutages(ledger.Database, TimeProvider.System, new Gateway.Core.Outages.OutageProbeOptions(),
                NullLogger<Gateway.Core.Outages.PartnerOutages>.Instance), NullLoggerFactory.Instance, TimeProvider.System);
        try
        {
            Assert.Equal(2, await intake.RunOnceAsync(account, RetourIntake.FolderOf(account, sftp, null), default));
            Assert.Equal(0, await intake.RunOnceAsync(account, RetourIntake.FolderOf(account, sftp, null), default));
            Assert.True(File.Exists(Path.Combine(state, "retour", "arbo", "orphans", "RM_orphan.xml")), "an answer for an unknown reference is kept");
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }

        Assert.False(File.Exists(Path.Combine(sshd.LocalUploadDirectory, "RM_answer.xml")));
        Assert.True(File.Exists(Path.Combine(sshd.LocalUploadDirectory, "VZ_not-a-retour.xml")));
        await using var context = ledger.Database.CreateContext();
        Assert.Equal(LedgerState.Acknowledged, (await context.LedgerMessages.SingleAsync()).State);
    }
}

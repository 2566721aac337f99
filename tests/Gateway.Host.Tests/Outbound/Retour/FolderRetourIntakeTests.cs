using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Core.Ledger;
using Gateway.Core.Secrets;
using Gateway.Host.Hosting;
using Gateway.Host.Samples;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Retour;
using Gateway.Outbound.Tests.Ledger;
using Gateway.Transport.Hosted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Gateway.Outbound.Tests.Retour;

/// <summary>
/// A folder account's Retourmeldingen are read from its configured folder by the worker the service runs — also when
/// that folder is reached through a link (a mounted share, /data → /mnt/disk): the configured folder is the root the
/// gateway trusts, and only below it no link is followed.
/// </summary>
public sealed class FolderRetourIntakeTests
{
    [Fact]
    public async Task The_retour_worker_takes_a_folder_accounts_answers_from_its_configured_folder_and_archives_them_there()
    {
        await using var ledger = await LedgerFixture.CreateAsync();
        await ledger.AddAsync("arbo", "A", 1);
        var root = Directory.CreateTempSubdirectory("gateway-folder-retour-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "disk", "answers"));
            Directory.CreateSymbolicLink(Path.Combine(root, "share"), Path.Combine(root, "disk"));
            var answers = Path.Combine(root, "share", "answers");
            var retour = new SampleMessageFactory(SiviDefinitions.Embedded, TimeProvider.System).Retourmelding("2025", "A-001", false);
            await File.WriteAllBytesAsync(Path.Combine(answers, "RM_A.xml"), await SiviMessageWriter.Default.ToBytesAsync(retour, "2025"));
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Gateway:Accounts:arbo:Integration"] = "demo",
                ["Gateway:Accounts:arbo:Delivery:Kind"] = "Folder",
                ["Gateway:Accounts:arbo:Delivery:Folder"] = Path.Combine(root, "out"),
                ["Gateway:Accounts:arbo:Retourmeldingen:Folder"] = answers,
                ["Gateway:Accounts:arbo:Retourmeldingen:ArchiveFolder"] = "done",
                ["Gateway:Accounts:arbo:Retourmeldingen:StabilityInterval"] = "00:00:00.1",
            }).Build();
            var intake = new RetourIntake(new RetourmeldingCorrelator(ledger.Database, TimeProvider.System, NullLogger<RetourmeldingCorrelator>.Instance),
                Path.Combine(root, "state"),
                new Core.Outages.PartnerOutages(ledger.Database, TimeProvider.System, new Core.Outages.OutageProbeOptions(), NullLogger<Core.Outages.PartnerOutages>.Instance),
                NullLoggerFactory.Instance, TimeProvider.System);
            using var worker = new RetourIntakeWorker(AccountCatalog.Load(configuration), intake, new SftpPushTargets(new SecretProtector(new byte[32]), NullLoggerFactory.Instance),
                new HostedSftpOptions(), ledger.Database, new GatewayHostOptions { RetourPollInterval = TimeSpan.FromMilliseconds(100) }, TimeProvider.System,
                new Gateway.Host.Health.WorkerHeartbeats(TimeProvider.System), NullLogger<RetourIntakeWorker>.Instance);

            await worker.StartAsync(CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            LedgerState state;
            do
            {
                await Task.Delay(50);
                await using var context = ledger.Database.CreateContext();
                state = (await context.LedgerMessages.SingleAsync()).State;
            }
            while (state != LedgerState.Acknowledged && DateTime.UtcNow < deadline);
            await worker.StopAsync(CancellationToken.None);

            Assert.Equal(LedgerState.Acknowledged, state);
            Assert.False(File.Exists(Path.Combine(answers, "RM_A.xml")));
            Assert.True(File.Exists(Path.Combine(answers, "done", "RM_A.xml")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_folder_accounts_archive_outside_its_retour_folder_is_refused_naming_the_settings()
    {
        var account = new PartnerAccountOptions
        {
            Name = "arbo",
            Delivery = new DeliveryOptions { Kind = DeliveryKind.Folder, Folder = "/tmp/out" },
            Retourmeldingen = new RetourIntakeOptions { Folder = "/tmp/answers", ArchiveFolder = "/tmp/elsewhere" },
        };

        var error = Assert.Throws<InvalidOperationException>(() => Gateway.Outbound.Inbox.PartnerInbox.Location(account, account.Retourmeldingen));

        Assert.Contains("must be a folder below", error.Message, StringComparison.Ordinal);
        account.Retourmeldingen.ArchiveFolder = "/tmp/answers/done";
        Assert.Equal(("/", "done"), Gateway.Outbound.Inbox.PartnerInbox.Location(account, account.Retourmeldingen));
    }
}

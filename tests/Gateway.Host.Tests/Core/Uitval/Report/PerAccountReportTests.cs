using Afas.Simulator.Faults;
using Gateway.Afas.Sync;
using Gateway.Afas.Tests.Sync;
using Gateway.Core.Accounts;
using Gateway.Core.Integrations;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Core.Uitval.Report;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Retour;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gateway.Core.Tests.Uitval.Report;

/// <summary>
/// Uitval belongs to the account it concerns, and the 07:00 mail tells each recipient every record once — with account,
/// data stream, key, field and reason in a sentence — plus pulls that failed as a whole and messages no Retourmelding
/// acknowledged in time. On both databases.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class PerAccountReportTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset ReportTime = new(2026, 12, 8, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Each_entry_is_reported_to_its_account_and_a_recipient_of_two_accounts_reads_each_record_once(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var accounts = Accounts();
        var created = ReportTime.UtcDateTime.AddHours(-10);
        var transformation = await AddAsync(db.Database, new UitvalEntry
        {
            Integration = "acme",
            Account = "arbo-a",
            Stage = UitvalStage.Transformation,
            Connector = AfasConnectorIds.MedewerkerGegevens,
            RecordKey = "{EMP-1}|1|1",
            Field = "Loonheffingennummer",
            Reason = "is not configured for employer 01; Dienstverbanden requires Lhnr",
            Status = UitvalStatus.Open,
            CreatedUtc = created,
        });
        var import = await AddAsync(db.Database, new UitvalEntry
        {
            Integration = "acme",
            Stage = UitvalStage.Import,
            Connector = AfasConnectorIds.MedewerkerGegevens,
            RecordKey = "{EMP-2}|1|1",
            Field = "Geboortedatum",
            Reason = "is not a date",
            Status = UitvalStatus.Open,
            CreatedUtc = created,
        });
        var delivery = await AddAsync(db.Database, new UitvalEntry
        {
            Integration = "acme",
            Account = "arbo-b",
            Stage = UitvalStage.Delivery,
            Connector = "Dienstverbanden",
            RecordKey = "EMP-3",
            Reason = "delivery of DV_X.xml failed after 8 attempts: permission denied",
            Status = UitvalStatus.Open,
            CreatedUtc = created,
        });
        await using (var context = db.Database.CreateContext())
        {
            context.PullRuns.Add(new PullRun
            {
                Integration = "acme",
                Connector = AfasConnectorIds.Verzuim,
                StartedUtc = created,
                FinishedUtc = created,
                Status = PullStatus.Failed,
                Error = "AFAS GetConnector Newdays_Connect_Verzuim_v1: access denied (HTTP 403)",
                FailureKind = PullFailureKinds.AccessDenied,
            });
            context.LedgerMessages.Add(new LedgerMessage
            {
                MessageId = Guid.CreateVersion7(),
                Account = "arbo-a",
                MessageType = "Dienstverbanden",
                Release = "2025",
                CaseKey = "EMP-4",
                Berrefnr = "B-LATE",
                FileName = "DV_B-LATE.xml",
                State = LedgerState.Delivered,
                Body = [1],
                BodyLength = 1,
                CreatedUtc = created.AddDays(-3),
                StateChangedUtc = created.AddDays(-3),
                DeliveredUtc = created.AddDays(-3),
            });
            await context.SaveChangesAsync();
        }
        var options = new UitvalReportOptions
        {
            From = "gateway@example.test",
            Recipients = new(StringComparer.OrdinalIgnoreCase)
            {
                ["arbo-a"] = new() { Addresses = ["a@example.test", "beide@example.test"] },
                ["arbo-b"] = new() { Addresses = ["beide@example.test"] },
            },
        };
        var source = new LedgerUitvalReportSource(db.Database, accounts, [new FailedPullReport(), new UnacknowledgedReport(accounts, options)]);

        var items = await source.GetItemsAsync(ReportTime, default);

        Assert.Equal(["arbo-a"], items.Where(i => i.Identity == $"uitval/{transformation}").Select(i => i.Account));
        Assert.Equal(["arbo-a", "arbo-b"], items.Where(i => i.Identity == $"uitval/{import}").Select(i => i.Account));
        Assert.Equal(["arbo-b"], items.Where(i => i.Identity == $"uitval/{delivery}").Select(i => i.Account));
        Assert.Equal(["arbo-a", "arbo-b"], items.Where(i => i.Kind == UitvalItemKind.PullFailure).Select(i => i.Account));
        Assert.Equal(["arbo-a"], items.Where(i => i.Kind == UitvalItemKind.Unacknowledged).Select(i => i.Account));

        var reports = new UitvalReportComposer(options).Compose(items, ReportTime);
        var onlyA = Assert.Single(reports, r => r.Message.To.Mailboxes.Single().Address == "a@example.test").Message.TextBody!;
        var both = Assert.Single(reports, r => r.Message.To.Mailboxes.Single().Address == "beide@example.test").Message.TextBody!;
        Assert.Equal(2, reports.Count);
        Assert.Contains("Transformatie, account arbo-a, datastroom Medewerkers en dienstverbanden, sleutel {EMP-1}|1|1: "
            + "Loonheffingennummer is not configured for employer 01; Dienstverbanden requires Lhnr.", onlyA, StringComparison.Ordinal);
        Assert.DoesNotContain("EMP-3", onlyA, StringComparison.Ordinal);
        Assert.Contains("Import, account arbo-a, arbo-b, datastroom Medewerkers en dienstverbanden, sleutel {EMP-2}|1|1: Geboortedatum is not a date.",
            both, StringComparison.Ordinal);
        Assert.Equal(1, both.Split("{EMP-2}").Length - 1);
        Assert.Contains("Aflevering, account arbo-b, datastroom Medewerkers (Dienstverbanden), sleutel EMP-3: delivery of DV_X.xml failed", both, StringComparison.Ordinal);
        Assert.Contains("De synchronisatie van account arbo-a, arbo-b, datastroom Verzuim is mislukt: AFAS weigert de toegang (bijvoorbeeld een IP-restrictie",
            both, StringComparison.Ordinal);
        Assert.Contains("Bericht DV_B-LATE.xml (account arbo-a, datastroom Medewerkers (Dienstverbanden)) is op", onlyA, StringComparison.Ordinal);
        Assert.Contains("na 2 dagen nog niet bevestigd met een Retourmelding", onlyA, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_pull_refused_by_the_IP_restriction_or_the_token_is_reported_as_such(string provider)
    {
        await using var gateway = await SyncHarness.StartAsync(employees: 40, seed: 3, provider: provider, postgres: postgres);
        gateway.Afas.Simulator.IpRestricted = true;
        var refused = await gateway.RunAsync(AfasConnectorIds.Werkgevers);
        gateway.Afas.Simulator.IpRestricted = false;
        gateway.Afas.Simulator.Faults.Inject(AfasConnectorIds.Organigram, new SimulatedFault(SimulatedFaultKind.Unauthorized), 10);
        var unauthorized = await gateway.RunAsync(AfasConnectorIds.Organigram);

        Assert.Equal((PullStatus.Failed, PullFailureKinds.AccessDenied), (refused.Status, refused.FailureKind));
        Assert.Equal((PullStatus.Failed, PullFailureKinds.Authentication), (unauthorized.Status, unauthorized.FailureKind));
        await using var context = gateway.Database.CreateContext();
        var items = await new FailedPullReport().ItemsAsync(context, DateTimeOffset.UtcNow, null, _ => ["arbo"], default);
        Assert.Contains(items, i => i.Connector == AfasConnectorIds.Werkgevers && i.Reason.StartsWith("AFAS weigert de toegang (bijvoorbeeld een IP-restrictie", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Connector == AfasConnectorIds.Organigram && i.Reason.StartsWith("AFAS weigert het token", StringComparison.Ordinal));
        Assert.All(items, i => Assert.DoesNotContain(gateway.Afas.Simulator.Token, i.Reason, StringComparison.Ordinal));

        // once the pull works again, it is no longer reported
        await gateway.RunAsync(AfasConnectorIds.Werkgevers);
        var later = await new FailedPullReport().ItemsAsync(context, DateTimeOffset.UtcNow, null, _ => ["arbo"], default);
        Assert.DoesNotContain(later, i => i.Connector == AfasConnectorIds.Werkgevers);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_migration_gives_existing_delivery_uitval_its_account(string provider)
    {
        await using var old = await TestDatabases.MigratedToAsync(provider, postgres, "20261129000003_Collected");
        var database = old.Database;
        await using (var context = database.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Uitval" ("Integration","Stage","Connector","RecordKey","Reason","Status","CreatedUtc")
                VALUES ('arbo',4,'Dienstverbanden','EMP-1','refused',1,'2026-12-01 10:00:00'), ('acme',1,'Newdays_Connect_Werkgevers_v1','01','bad',1,'2026-12-01 10:00:00')
                """);
        }
        await database.MigrateAsync(default);

        await using (var check = database.CreateContext())
        {
            var rows = await check.Uitval.OrderBy(u => u.Id).Select(u => new { u.Integration, u.Account }).ToListAsync();
            Assert.Equal([("arbo", (string?)"arbo"), ("acme", null)], rows.Select(r => (r.Integration, r.Account)));
        }
    }

    private static AccountCatalog Accounts() => AccountCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Gateway:Accounts:arbo-a:Integration"] = "acme",
        ["Gateway:Accounts:arbo-a:Retourmeldingen:Folder"] = "/out",
        ["Gateway:Accounts:arbo-b:Integration"] = "acme",
    }).Build());

    private static async Task<long> AddAsync(GatewayDatabase database, UitvalEntry entry)
    {
        await using var context = database.CreateContext();
        context.Uitval.Add(entry);
        await context.SaveChangesAsync();
        return entry.Id;
    }
}

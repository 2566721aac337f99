using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Uitval;

/// <summary>
/// <see cref="UitvalEntry.Integration"/> holds an AFAS integration or nothing, and <see cref="UitvalEntry.Account"/> the
/// account: rows written before by writers that put an account's name in <c>Integration</c> are moved over by the
/// migration, and a bulk selection by account still finds old rows that only name it in <c>Integration</c>.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class UitvalOwnerTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_migration_moves_account_names_out_of_integration(string provider)
    {
        await using var old = await TestDatabases.MigratedToAsync(provider, postgres, "20261207900000_LedgerChartIndexes");
        var database = old.Database;
        await using (var context = database.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Uitval" ("Integration","Account","Stage","Connector","RecordKey","Reason","Status","CreatedUtc") VALUES
                ('arbo',NULL,5,'deliver',NULL,'partner unreachable',1,'2026-12-01 10:00:00'),
                ('partnerin',NULL,1,'receiving-intake','f.xml','bad name',1,'2026-12-01 10:00:00'),
                ('partnerin',NULL,4,'Afspraken','B1','rejected',1,'2026-12-01 10:00:00'),
                ('partnerin',NULL,2,'Documenten','request 7','not sent',1,'2026-12-01 10:00:00'),
                ('arbo','arbo',4,'Retourmelding1','B2','orphan',1,'2026-12-01 10:00:00'),
                ('arbo','arbo',4,'Verzuimmeldingen','CASE-1','VM.xml rejected by the receiver: 01: x',1,'2026-12-01 10:00:00'),
                ('acme','arbo',4,'Dienstverbanden','EMP-1','refused',1,'2026-12-01 10:00:00'),
                ('acme',NULL,1,'Newdays_Connect_Werkgevers_v1','01','bad',1,'2026-12-01 10:00:00'),
                ('acme','arbo',2,'Newdays_Connect_Verzuim_v1','V-1','no employee',1,'2026-12-01 10:00:00')
                """);
        }
        await database.MigrateAsync(default);

        await using (var check = database.CreateContext())
        {
            var rows = (await check.Uitval.OrderBy(u => u.Id).Select(u => new { u.Integration, u.Account }).ToListAsync())
                .Select(r => (r.Integration, r.Account)).ToList();
            Assert.Equal<(string?, string?)>(
            [
                (null, "arbo"), (null, "partnerin"), (null, "partnerin"), (null, "partnerin"), (null, "arbo"), (null, "arbo"),
                ("acme", "arbo"), ("acme", null), ("acme", "arbo"),
            ], rows);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_selection_by_account_takes_its_entries_and_old_rows_that_name_it_as_integration_only(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var now = DateTime.UtcNow;
        await using (var context = db.Database.CreateContext())
        {
            context.Uitval.AddRange(
                Entry("acme", "arbo", "EMP-1", now),
                Entry(null, "arbo", "B-1", now),
                Entry("arbo", null, "OLD-1", now),
                Entry("acme", "other", "EMP-2", now),
                Entry("acme", null, "IMPORT-1", now));
            await context.SaveChangesAsync();
        }

        await using var read = db.Database.CreateContext();
        var keys = await new UitvalSelection(Account: "arbo").Apply(read.Uitval).Select(u => u.RecordKey).ToListAsync();

        Assert.Equal(["EMP-1", "B-1", "OLD-1"], keys);
    }

    private static UitvalEntry Entry(string? integration, string? account, string key, DateTime now) => new()
    {
        Integration = integration,
        Account = account,
        Stage = UitvalStage.Delivery,
        Connector = "Dienstverbanden",
        RecordKey = key,
        Reason = "refused",
        Status = UitvalStatus.Open,
        CreatedUtc = now,
    };
}

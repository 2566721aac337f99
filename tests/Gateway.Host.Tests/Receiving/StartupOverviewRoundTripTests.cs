using Gateway.Core.Overviews;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Ledger;
using Gateway.Receiving.Register;
using Gateway.Receiving.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Sivi.Messages.Model;

using static Gateway.Receiving.Tests.Support.ReceivingMessages;

namespace Gateway.Receiving.Tests;

/// <summary>
/// Start-up overviews both ways: the sending side's <c>gateway overview export</c> from its ledger, read by the
/// receiving side of a second gateway (CSV and .xlsx), gives the register that processing the same messages gives for
/// the cases the overviews cover; an Excel sheet as a person fills it in (date cells, number cells) imports, and one
/// with bad rows imports nothing and names every row; both audited. The receiving side runs on SQLite and PostgreSQL.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class StartupOverviewRoundTripTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 3, 20);
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-overview-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_exported_overviews_read_by_a_second_gateway_give_the_register_the_messages_give(string provider)
    {
        var messages = new List<Verzuimmeldingen>
        {
            Absence("CASE-OPEN", 1),
            Absence("CASE-RECENT", 1),
            Absence("CASE-RECENT", 2, "03"), // recovered 2026-03-02: within 28 days of the 20th
            Absence("CASE-OLD", 1),
            Absence("CASE-OLD", 2, "03"),
            Absence("CASE-GONE", 1),
            Absence("CASE-GONE", 2, "05"),
        };
        AbsenceOf(messages[4]).DatHrstld = new Sivi.Messages.Values.SiviDate(new DateOnly(2026, 1, 10)); // too long ago
        var config = await SendingGatewayAsync(messages);

        var export = await GatewayCliRunner.RunAsync("overview", "export", "--account", "arbo", "--as-of", "2026-03-20", "--out", _directory, "--config", config);
        Assert.True(export.Exit == 0, export.Error);
        Assert.Contains("arbo_verzuim_2026-03-20.xlsx: 2 rows", export.Output, StringComparison.Ordinal);
        Assert.Contains("arbo_werknemers_2026-03-20.csv: 1 rows", export.Output, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(Path.Combine(_directory, "arbo_verzuim_2026-03-20.csv"));
        Assert.StartsWith("IdWrkgvrArbdnst;ExternWerknemerID;VrzmgvlId;DatEerstVrzmdg;DatHrstld;IdDnstvbnd;LaatsteVolgnummer\r\n", csv, StringComparison.Ordinal);

        await using var processed = await ReceivingHarness.CreateAsync(provider, postgres);
        foreach (var (message, i) in messages.Select((m, i) => (m, i)))
        {
            await processed.SendAsync(message, $"/inbox/VZ{i}.xml");
        }
        var expected = Cases(await RegisterAsync(processed)).Where(c => c.Status == AbsenceCaseStatus.Open
            || c.Status == AbsenceCaseStatus.Closed && c.RecoveredOn >= AsOf.AddDays(-28)).ToList();
        Assert.Equal(["CASE-OPEN", "CASE-RECENT"], expected.Select(c => c.VrzmgvlId));

        foreach (var extension in new[] { "xlsx", "csv" })
        {
            await using var second = await ReceivingHarness.CreateAsync(provider, postgres);
            await using var employees = File.OpenRead(Path.Combine(_directory, $"arbo_werknemers_2026-03-20.{extension}"));
            await using var cases = File.OpenRead(Path.Combine(_directory, $"arbo_verzuim_2026-03-20.{extension}"));
            var result = await StartupProcedureTests.Importer(second).ImportAsync(second.Account, new OverviewFile(employees.Name, employees),
                new OverviewFile(cases.Name, cases), "fb", default);

            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            Assert.Equal(expected, Cases(await RegisterAsync(second)));
            await using var context = new GatewayDatabase(second.Register.Options).CreateContext();
            var audit = Assert.Single(await context.AuditLog.ToListAsync());
            Assert.Equal(("fb", "account.overview.import", "acme"), (audit.User, audit.Action, audit.Target));
            Assert.Contains($"arbo_verzuim_2026-03-20.{extension}", audit.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_excel_sheet_with_date_and_number_cells_imports_and_one_with_bad_rows_imports_nothing_and_names_each_row(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var good = await SheetAsync(
            ["IdWrkgvrArbdnst", "ExternWerknemerID", "VrzmgvlId", "DatEerstVrzmdg", "LaatsteVolgnummer"],
            [Employer, "EMP-1", "CASE-1", new DateTime(2026, 2, 3), 4]);
        var bad = await SheetAsync(
            ["IdWrkgvrArbdnst", "ExternWerknemerID", "VrzmgvlId", "DatEerstVrzmdg"],
            [Employer, "EMP-2", "CASE-2", "gisteren"],
            ["WG-9999", "EMP-3", "CASE-3", new DateTime(2026, 2, 3)],
            [Employer, "EMP-4", "CASE-4", new DateTime(2026, 2, 3)]);
        var importer = StartupProcedureTests.Importer(harness);

        var refused = await importer.ImportAsync(harness.Account, null, new OverviewFile("verzuim.xlsx", bad), "fb", default);
        var imported = await importer.ImportAsync(harness.Account, null, new OverviewFile("verzuim.xlsx", good), "fb", default);

        Assert.Equal(
        [
            "verzuimoverzicht regel 2: DatEerstVrzmdg is geen datum (jjjj-mm-dd of dd-mm-jjjj)",
            "verzuimoverzicht regel 3: werkgever WG-9999 is niet geautoriseerd voor account acme",
        ], refused.Errors);
        Assert.Equal((1, 1), (imported.CasesAdded, imported.EmployeesAdded + 1));
        var found = Assert.Single(await RegisterAsync(harness));
        Assert.Equal(("CASE-1", "EMP-1", new DateOnly(2026, 2, 3), 4, AbsenceCaseStatus.Open), (found.VrzmgvlId, found.IdWrknmr, found.FirstSickDay, found.LastSequence, found.Status));
        await using var context = new GatewayDatabase(harness.Register.Options).CreateContext();
        Assert.Equal([("account.overview.refused", "2 bad rows in verzuim.xlsx"), ("account.overview.import", "0 employees and 1 absence cases added, 0 already known, from verzuim.xlsx")],
            (await context.AuditLog.OrderBy(a => a.Id).Select(a => new { a.Action, a.Reason }).ToListAsync()).Select(a => (a.Action, a.Reason)));
    }

    private async Task<string> SendingGatewayAsync(IEnumerable<Verzuimmeldingen> messages)
    {
        var db = Path.Combine(_directory, "sending.db");
        var config = Path.Combine(_directory, "sending.json");
        await File.WriteAllTextAsync(config, $$"""
            { "Gateway": { "Database": { "ConnectionString": "Data Source={{db}}" },
              "Accounts": { "arbo": { "Delivery": { "Kind": "Folder", "Folder": "{{_directory}}/out" } } } } }
            """);
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={db}" });
        await database.MigrateAsync(default);
        await using var context = database.CreateContext();
        foreach (var message in messages)
        {
            await LedgerWriter.AddAsync(context, new NewLedgerMessage("arbo", "Verzuimmeldingen", "2024", AbsenceOf(message).VrzmgvlId!, message.BrAlg!.Berrefnr!,
                $"VZ_{message.BrAlg.Berrefnr}.xml", Bytes(message)), new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), default);
            await context.SaveChangesAsync();
        }
        return config;
    }

    private static async Task<List<AbsenceCase>> RegisterAsync(ReceivingHarness harness)
    {
        await using var context = harness.Register.CreateContext();
        return await context.AbsenceCases.AsNoTracking().OrderBy(c => c.VrzmgvlId).ToListAsync();
    }

    private static List<(string EmployerId, string VrzmgvlId, string IdWrknmr, string? IdDnstvbnd, AbsenceCaseStatus Status, int? LastSequence, DateOnly? FirstSickDay, DateOnly? RecoveredOn)>
        Cases(List<AbsenceCase> cases) =>
        [.. cases.Select(c => (c.EmployerId, c.VrzmgvlId, c.IdWrknmr, c.IdDnstvbnd, c.Status, c.LastSequence, c.FirstSickDay, c.RecoveredOn))];

    private static async Task<MemoryStream> SheetAsync(string[] header, params object[][] rows)
    {
        var sheet = new MemoryStream();
        await sheet.SaveAsAsync(rows.Prepend(header).Select(r => header.Zip(r).ToDictionary(c => c.First, c => c.Second)), printHeader: false);
        sheet.Position = 0;
        return sheet;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

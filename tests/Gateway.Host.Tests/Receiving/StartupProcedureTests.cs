using Gateway.Core.Overviews;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Startup;
using Gateway.Receiving.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Gateway.Receiving.Tests.Support.ReceivingMessages;

namespace Gateway.Receiving.Tests;

/// <summary>Seed 003's start-up procedure: processing blocked, files held, overviews imported, processing restarted.</summary>
[Collection(PostgresGroup.Name)]
public class StartupProcedureTests(PostgresServer postgres)
{
    private const string Employees = """
        IdWrkgvrArbdnst;ExternWerknemerID;IdDnstvbnd
        WG-0001;6996F13D-8B5F-4C05-86F1-E3B0FCDC15E6;1001-4
        WG-0001;EMP-2;
        """;

    private const string Cases = """
        IdWrkgvrArbdnst,ExternWerknemerID,VrzmgvlId,DatEerstVrzmdg,DatHrstld,LaatsteVolgnummer
        WG-0001,6996F13D-8B5F-4C05-86F1-E3B0FCDC15E6,CASE-OPEN,2026-01-05,,
        WG-0001,EMP-2,CASE-CLOSED,20-01-2026,2026-02-10,7
        """;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Held_recoveries_find_the_cases_from_the_overviews_when_processing_restarts(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var recovery = Absence("CASE-OPEN", 5, "03");
        var correction = Absence("CASE-CLOSED", 8, "04");
        var tooFar = Absence("CASE-CLOSED", 10, "02");
        var unknown = Absence("CASE-NEVER-SEEN", 2, "02");
        foreach (var (message, name) in new[] { (recovery, "VZ1.xml"), (correction, "VZ2.xml"), (tooFar, "VZ3.xml"), (unknown, "VZ4.xml") })
        {
            Assert.Equal(ReceivedFileStatus.Held, (await harness.SendAsync(message, "/inbox/" + name, blocked: true)).Status);
        }

        var importer = Importer(harness);
        var result = await importer.ImportAsync(harness.Account, Csv(Employees), Csv(Cases), "fb", CancellationToken.None);
        await using (var imported = harness.Register.CreateContext())
        {
            var overview = await imported.AbsenceCases.SingleAsync(c => c.VrzmgvlId == "CASE-CLOSED");
            Assert.Equal((AbsenceCaseStatus.Closed, 7, new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10)),
                (overview.Status, overview.LastSequence, overview.FirstSickDay, overview.RecoveredOn));
            Assert.Null((await imported.AbsenceCases.SingleAsync(c => c.VrzmgvlId == "CASE-OPEN")).LastSequence);
        }
        Assert.Equal(new OverviewImportResult(2, 0, 2, 0, []), result with { Errors = [] });
        Assert.True(result.Succeeded);
        var again = await importer.ImportAsync(harness.Account, Csv(Employees), Csv(Cases), "fb", CancellationToken.None);
        Assert.Equal((0, 2, 0, 2), (again.EmployeesAdded, again.EmployeesKnown, again.CasesAdded, again.CasesKnown));

        var applied = await harness.Processor.ApplyHeldAsync(harness.Account, CancellationToken.None);

        Assert.Equal([ReceivedFileStatus.Processed, ReceivedFileStatus.Processed, ReceivedFileStatus.Waiting, ReceivedFileStatus.Refused],
            applied.Select(o => o.Status));
        Assert.Equal(ReceivingErrorKind.SequenceGap, Assert.Single(applied[2].Errors).Kind);
        Assert.Equal(ReceivingErrorKind.UnknownCase, Assert.Single(applied[3].Errors).Kind);
        await using var context = harness.Register.CreateContext();
        var open = await context.AbsenceCases.SingleAsync(c => c.VrzmgvlId == "CASE-OPEN");
        // the messages are the later truth: their first sick day replaces the overview's
        Assert.Equal((AbsenceCaseStatus.Closed, 5, RegisterSource.Overview, new DateOnly(2026, 2, 18)), (open.Status, open.LastSequence, open.Source, open.FirstSickDay));
        var closed = await context.AbsenceCases.SingleAsync(c => c.VrzmgvlId == "CASE-CLOSED");
        Assert.Equal((AbsenceCaseStatus.Open, 8), (closed.Status, closed.LastSequence));
        Assert.True(await context.Files.AnyAsync(f => f.FileName == "VZ3.xml" && f.Status == ReceivedFileStatus.Waiting && f.WaitingSequence == 10));
        Assert.Equal("1001-4", (await context.Employments.SingleAsync()).IdDnstvbnd);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_overview_with_a_bad_row_imports_nothing_and_names_line_and_column_but_not_the_value(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        const string cases = """
            IdWrkgvrArbdnst;ExternWerknemerID;VrzmgvlId;DatEerstVrzmdg
            WG-0001;EMP-1;CASE-1;2026-01-05
            WG-9999;EMP-2;CASE-2;2026-01-05
            WG-0001;EMP-3;;2026-01-05
            WG-0001;EMP-4;CASE-4;griep
            """;
        var importer = Importer(harness);

        var result = await importer.ImportAsync(harness.Account, Csv("IdWrkgvrArbdnst;Personeelsnummer\nWG-0001;1"), Csv(cases), "fb", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            "werknemeroverzicht: kolom(men) ExternWerknemerID ontbreken in de kopregel",
            "verzuimoverzicht regel 3: werkgever WG-9999 is niet geautoriseerd voor account acme",
            "verzuimoverzicht regel 4: VrzmgvlId ontbreekt",
            "verzuimoverzicht regel 5: DatEerstVrzmdg is geen datum (jjjj-mm-dd of dd-mm-jjjj)",
        ], result.Errors);
        await using var context = harness.Register.CreateContext();
        Assert.False(await context.AbsenceCases.AnyAsync());
        Assert.False(await context.Employees.AnyAsync());
    }

    internal static StartupOverviewImporter Importer(ReceivingHarness harness) =>
        new(harness.Register, new GatewayDatabase(harness.Register.Options), ReceivingAccountCatalog.Of(harness.Account), TimeProvider.System,
            NullLogger<StartupOverviewImporter>.Instance);

    private static OverviewFile Csv(string text) => new("overzicht.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
}

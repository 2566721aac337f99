using Gateway.Core.Accounts;
using Gateway.Core.Persistence;
using Gateway.Core.ReceivingRegister;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Reports;
using Gateway.Receiving.Retourmeldingen;
using Gateway.Receiving.Tests.Support;
using Gateway.Receiving.Views;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Schemas.Definitions;

using static Gateway.Receiving.Tests.Support.ReceivingMessages;

namespace Gateway.Receiving.Tests;

/// <summary>
/// The console's read side over a real register on both databases: every file status (held, processed, refused,
/// waiting, expired, discarded) with its Retourmelding, filters and paging, a case with its chain and the file waiting
/// for it, the Retourmeldingen made (pending or delivered), the processing reports.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ReceivingRegisterQueriesTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_console_shows_every_status_the_case_chains_the_retourmeldingen_and_the_reports(string provider)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres, clock: clock);
        var queries = new ReceivingRegisterQueries(harness.Register);
        var start = Absence("CASE-1", 1);
        start.BrAlg!.OntvngstbevJN = "J";
        var processed = await harness.SendAsync(start, "/inbox/VZ1.xml");
        var refused = await harness.SendAsync(Absence("CASE-9", 2, "02"), "/inbox/VZ2.xml");
        var expiring = await harness.SendAsync(Absence("CASE-1", 3, "02"), "/inbox/VZ3.xml");
        clock.Advance(TimeSpan.FromHours(73));
        Assert.Single(await harness.Processor.ExpireWaitingAsync(harness.Account, default));
        var waiting = await harness.SendAsync(Absence("CASE-1", 4, "02"), "/inbox/VZ4.xml");
        var discarded = await harness.SendAsync(Absence("CASE-4", 1), "/inbox/VZ6.xml", blocked: true);
        var role = new ReceivingAccountRole(ReceivingAccountCatalog.Of(harness.Account), harness.Register,
            new RetourmeldingBuilder(SiviDefinitions.Embedded, clock, new ReceivingOptions()), NullLogger<ReceivingAccountRole>.Instance);
        var control = new AccountControl(new GatewayDatabase(harness.Register.Options), clock, null, role);
        Assert.Equal(1, await control.RestartAsync("acme", PendingChoice.Discard, "fb", null, default));
        var held = await harness.SendAsync(Absence("CASE-3", 1), "/inbox/VZ5.xml", blocked: true);
        await RetourmeldingOutbox.DeliverAsync(harness.Register, "acme", (_, _, _) => Task.CompletedTask, clock, default);
        await ProcessingReportLog.RecordAsync(harness.Register, "acme", [processed, refused], [new IntakeProblem("acme", "/inbox", null, "folder missing") { IsNew = true }],
            clock.GetUtcNow().UtcDateTime, default);

        var all = await queries.FilesAsync(new ReceivedFileFilter("acme", null, null, null, null, null, 0, 50), default);
        Assert.Equal(6, all.Total);
        Assert.Equal(["Held", "Discarded", "Waiting", "Expired", "Refused", "Processed"], all.Items.Select(f => f.State));
        var byId = all.Items.ToDictionary(f => f.Id);
        Assert.Equal(("02", true), (byId[processed.FileId].RetourmeldingCode, byId[processed.FileId].RetourmeldingDeliveredUtc is not null));
        Assert.Equal("03", byId[refused.FileId].RetourmeldingCode);
        Assert.Equal(nameof(ReceivingErrorKind.UnknownCase), Assert.Single(byId[refused.FileId].Errors).Kind);
        Assert.Equal("03", byId[expiring.FileId].RetourmeldingCode);
        Assert.Equal(("03", "99"), (byId[discarded.FileId].RetourmeldingCode, Assert.Single(byId[discarded.FileId].Errors).SrtFoutCd));
        Assert.Null(byId[held.FileId].RetourmeldingCode);
        Assert.Equal($"{Employer}/CASE-1 #4", byId[waiting.FileId].WaitingFor);

        Assert.Equal([expiring.FileId], (await queries.FilesAsync(new ReceivedFileFilter(null, "Expired", null, null, null, null, 0, 50), default)).Items.Select(f => f.Id));
        Assert.Equal([refused.FileId], (await queries.FilesAsync(new ReceivedFileFilter(null, "Refused", null, null, null, null, 0, 50), default)).Items.Select(f => f.Id));
        Assert.Equal([processed.FileId], (await queries.FilesAsync(new ReceivedFileFilter(null, null, null, processed.Berrefnr, null, null, 0, 50), default)).Items.Select(f => f.Id));
        var second = await queries.FilesAsync(new ReceivedFileFilter("acme", null, null, null, null, null, 2, 2), default);
        Assert.Equal(6, second.Total);
        Assert.Equal([waiting.FileId, expiring.FileId], second.Items.Select(f => f.Id));
        Assert.Empty((await queries.FilesAsync(new ReceivedFileFilter("other", null, null, null, null, null, 0, 50), default)).Items);

        var detail = (await queries.FileAsync(discarded.FileId, default))!;
        Assert.NotNull(detail.Content);
        Assert.Contains("<SrtRetmldngCd>03</SrtRetmldngCd>", System.Text.Encoding.UTF8.GetString(detail.Retourmelding!), StringComparison.Ordinal);

        var caseOne = Assert.Single((await queries.CasesAsync(new AbsenceCaseFilter("acme", Employer, Employee, "CASE-1", "Open", 0, 50), default)).Items);
        Assert.Equal((1, "Ziekte - overige redenen", "ACME-OVERIG", "Message"), (caseOne.LastSequence, caseOne.Classification, caseOne.ReceiverClassification, caseOne.Source));
        var chain = (await queries.CaseAsync(caseOne.Id, default))!;
        Assert.Equal((1, "01", "ziekmelding", processed.FileId), (chain.Chain[0].Sequence, chain.Chain[0].VrwrkCd, chain.Chain[0].Meaning, chain.Chain[0].FileId));
        Assert.Equal([waiting.FileId], chain.Waiting.Select(f => f.Id));
        Assert.Empty((await queries.CasesAsync(new AbsenceCaseFilter(null, null, null, null, "Closed", 0, 50), default)).Items);
        Assert.Equal([caseOne.Id], (await queries.FileAsync(processed.FileId, default))!.CaseIds);

        var retours = await queries.RetourmeldingenAsync(new SentRetourmeldingFilter("acme", null, null, null, null, 0, 50), default);
        Assert.Equal(4, retours.Total);
        Assert.All(retours.Items, r => Assert.NotNull(r.DeliveredUtc));
        Assert.Equal([processed.Berrefnr], (await queries.RetourmeldingenAsync(new SentRetourmeldingFilter(null, "02", null, null, null, 0, 50), default)).Items.Select(r => r.AnsweredBerrefnr));
        Assert.Empty((await queries.RetourmeldingenAsync(new SentRetourmeldingFilter(null, null, false, null, null, 0, 50), default)).Items);
        var (one, document) = (await queries.RetourmeldingAsync(retours.Items[0].Id, default))!.Value;
        Assert.Equal(retours.Items[0].FileName, one.FileName);
        Assert.NotEmpty(document);

        var report = Assert.Single((await queries.ReportsAsync(new ProcessingReportFilter("acme", null, null, 0, 50), default)).Items);
        Assert.Equal((2, 1, 1, 1), (report.Files, report.Processed, report.Refused, report.Problems));
        Assert.Contains("niet opgehaald", report.Text, StringComparison.Ordinal);
        Assert.Contains($"Berrefnr {processed.Berrefnr}", report.Text, StringComparison.Ordinal);
    }
}

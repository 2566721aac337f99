using System.Text;
using Afas.Simulator.Faults;
using Afas.Simulator.Hosting;
using Gateway.Admin.Tests;
using Gateway.Afas.Dossier;
using Gateway.Core.Accounts;
using Gateway.Core.Incoming;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Incoming;
using Gateway.Outbound.Incoming.Dossier;
using Gateway.Receiving.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sivi.Messages.Header;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Tests.Incoming;

/// <summary>Delivery into AFAS: refusals are uitval, an unreachable AFAS is tried again later, afspraken go in only when configured, and no content reaches a log.</summary>
[Collection(PostgresGroup.Name)]
public sealed class IncomingDossierTests(PostgresServer postgres) : IAsyncLifetime
{
    private const string Release = "2026";
    private const string AfspraakText = "Spreekuur na hernia-operatie";

    private readonly CapturedLogs _logs = new();
    private readonly PartnerMessageBuilder _builder = new(SiviDefinitions.Embedded, TimeProvider.System);
    private readonly BrAlgOptions _link = new("ARBO-1", "WERKGEVER-1");
    private TestDatabase? _database;
    private AfasSimulatorServer _simulator = null!;
    private ILoggerFactory _loggers = null!;
    private HttpClient _http = null!;
    private IncomingMessageProcessor _processor = null!;

    public async Task InitializeAsync()
    {
        _simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions { Employees = 20, Seed = 4, Token = "DOSSIER-TOKEN" });
        _loggers = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        _http = new HttpClient();
    }

    /// <summary>Each test runs on both databases: the gateway's database of this run, migrated, and the processor on it.</summary>
    private async Task UseAsync(string provider)
    {
        _database = await TestDatabases.CreateAsync(provider, postgres);
        var validator = new SiviValidator(await SchemaRegistry.LoadAsync(Path.Combine(RepoPaths.Root, "xsd")));
        _processor = new IncomingMessageProcessor(Database, validator, TimeProvider.System, _loggers.CreateLogger<IncomingMessageProcessor>());
    }

    private GatewayDatabase Database => _database!.Database;

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _loggers.Dispose();
        await _simulator.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static PartnerAccountOptions Account(bool afspraken = false) => new()
    {
        Name = "arbo",
        Integration = "acme",
        Incoming = new IncomingMessagesOptions
        {
            Dossier = new DossierDeliveryOptions { Afspraken = afspraken, DocumentSubjectType = 7, AfspraakSubjectType = 8, RetryDelay = TimeSpan.Zero, MaxAttempts = 3 },
        },
    };

    private KnSubjectClient Client() => new(_http, new AfasClientOptions
    {
        BaseUrl = _simulator.BaseUrl,
        Token = _simulator.Token,
        MaxAttempts = 1,
    }, _loggers.CreateLogger<KnSubjectClient>());

    private DossierDelivery Delivery() => new(Database, TimeProvider.System, _loggers.CreateLogger<DossierDelivery>());

    private async Task<IncomingOutcome> ReceiveAsync(PartnerAccountOptions account, Sivi.Messages.SiviMessage message) =>
        await _processor.ProcessAsync(account, "in.xml", await SiviMessageWriter.Default.ToBytesAsync(message, Release), default);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_document_for_an_employee_AFAS_does_not_know_is_uitval_with_AFAS_reason(string provider)
    {
        await UseAsync(provider);
        var account = Account();
        await ReceiveAsync(account, _builder.Documenten(Release, _link,
            [new OutgoingDocument("999999", "999", "brief.pdf", IncomingDocumentsEndToEndTests.Pdf, new DateOnly(2026, 1, 5), DocumentId: "DOC-9")]));

        Assert.Equal(0, await Delivery().RunOnceAsync(account, Client(), default));

        Assert.Empty(_simulator.Subjects.All);
        await using var context = Database.CreateContext();
        Assert.Equal(DossierState.Failed, (await context.IncomingItems.SingleAsync()).DossierState);
        var uitval = await context.Uitval.SingleAsync();
        Assert.Equal((UitvalStage.Delivery, "KnSubject"), (uitval.Stage, uitval.Connector));
        Assert.Contains("DOC-9", uitval.Reason, StringComparison.Ordinal);
        Assert.Contains("Medewerker '999999' bestaat niet", uitval.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Retrying_a_refused_dossier_item_posts_the_stored_document_again_and_not_as_a_ledger_delivery(string provider)
    {
        await UseAsync(provider);
        var account = Account();
        await ReceiveAsync(account, _builder.Documenten(Release, _link,
            [new OutgoingDocument("1002", "999", "brief.pdf", IncomingDocumentsEndToEndTests.Pdf, new DateOnly(2026, 1, 5), DocumentId: "DOC-7")]));
        _simulator.Faults.Inject(KnSubjectClient.ConnectorId, new SimulatedFault(SimulatedFaultKind.Unauthorized));
        Assert.Equal(0, await Delivery().RunOnceAsync(account, Client(), default));
        long id;
        await using (var context = Database.CreateContext())
        {
            Assert.Equal(DossierState.Failed, (await context.IncomingItems.SingleAsync()).DossierState);
            var entry = await context.Uitval.SingleAsync();
            Assert.Equal(("arbo", "KnSubject", UitvalStage.Delivery), (entry.Account, entry.Connector, entry.Stage));
            id = entry.Id;
        }
        Assert.Empty(_simulator.Subjects.All);
        // the ledger's delivery retry comes first in the list and leaves this entry alone: the retries are told apart by kind
        var store = new UitvalStore(Database, TimeProvider.System, [new Gateway.Outbound.Deliver.DeliveryUitvalRetry(), new DossierUitvalRetry()]);

        var retried = await store.RetryAsync(id, "beheerder", default);

        Assert.Equal(UitvalActionOutcome.Done, retried.Outcome);
        Assert.Contains("document DOC-7", retried.Detail, StringComparison.Ordinal);
        Assert.Equal(UitvalActionOutcome.Conflict, (await store.RetryAsync(id, "beheerder", default)).Outcome);
        Assert.Equal(1, await Delivery().RunOnceAsync(account, Client(), default));
        Assert.Equal(IncomingDocumentsEndToEndTests.Pdf, Assert.Single(Assert.Single(_simulator.Subjects.All).Attachments).Content);
        await using var after = Database.CreateContext();
        var item = await after.IncomingItems.SingleAsync();
        Assert.Equal((DossierState.Delivered, 1), (item.DossierState, item.Attempts));
        Assert.Equal(UitvalStatus.Resolved, (await after.Uitval.SingleAsync()).Status);
        Assert.Contains(await after.AuditLog.ToListAsync(), a => a.Action == "uitval.retry" && a.User == "beheerder");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_unreachable_AFAS_leaves_the_item_waiting_and_a_later_run_delivers_it(string provider)
    {
        await UseAsync(provider);
        var account = Account();
        await ReceiveAsync(account, _builder.Documenten(Release, _link,
            [new OutgoingDocument("1002", "999", "brief.pdf", IncomingDocumentsEndToEndTests.Pdf, new DateOnly(2026, 1, 5))]));
        _simulator.Faults.Inject(KnSubjectClient.ConnectorId, new SimulatedFault(SimulatedFaultKind.ServerError));

        Assert.Equal(0, await Delivery().RunOnceAsync(account, Client(), default));
        await using (var context = Database.CreateContext())
        {
            var waiting = await context.IncomingItems.SingleAsync();
            Assert.Equal((DossierState.Pending, 1), (waiting.DossierState, waiting.Attempts));
            Assert.Contains("HTTP 500", waiting.LastError, StringComparison.Ordinal);
        }
        Assert.Equal(1, await Delivery().RunOnceAsync(account, Client(), default));

        Assert.Equal(IncomingDocumentsEndToEndTests.Pdf, Assert.Single(Assert.Single(_simulator.Subjects.All).Attachments).Content);
        await using var after = Database.CreateContext();
        Assert.Empty(await after.Uitval.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Afspraken_are_kept_and_go_into_AFAS_only_when_configured_and_their_text_reaches_no_log(string provider)
    {
        await UseAsync(provider);
        var afspraak = new OutgoingAfspraak("1003", "Jansen", new DateOnly(2026, 2, 3), new TimeOnly(9, 30), AfspraakText, "Visser", "Bedrijfsarts",
            FirstAbsenceDay: new DateOnly(2026, 1, 12));
        await ReceiveAsync(Account(), _builder.Afspraken(Release, _link, [afspraak]));
        var delivering = Account(afspraken: true);
        await ReceiveAsync(delivering, _builder.Afspraken(Release, _link, [afspraak with { AfspraakId = "AF-2" }]));

        Assert.Equal(1, await Delivery().RunOnceAsync(delivering, Client(), default));

        await using var context = Database.CreateContext();
        var items = await context.IncomingItems.OrderBy(i => i.Id).ToListAsync();
        Assert.Equal([DossierState.Stored, DossierState.Delivered], items.Select(i => i.DossierState));
        Assert.All(items, i => Assert.Equal(("1003", "2026-01-12", "09:30"), (i.EmployeeId, i.CaseId, i.Time)));
        var subject = Assert.Single(_simulator.Subjects.All);
        Assert.Equal((8, "1003", 0), (subject.SubjectType, subject.EmployeeId, subject.Attachments.Count));
        Assert.Contains(AfspraakText, subject.Description, StringComparison.Ordinal);
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(AfspraakText, StringComparison.Ordinal) || l.Contains("Jansen", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(System.Convert.ToBase64String(IncomingDocumentsEndToEndTests.Pdf)[..12], StringComparison.Ordinal)
            || l.Contains(Encoding.ASCII.GetString(IncomingDocumentsEndToEndTests.Pdf)[..8], StringComparison.Ordinal));
    }
}

using Gateway.Afas.Changes;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Tests.Changes;

[Collection(PostgresGroup.Name)]
public class ChangeDetectorTests(PostgresServer postgres)
{
    private static readonly PullScope Full = new("acme", "Newdays_Connect_Medewerker_Gegevens_v1", Filtered: false, AutoResolveUitval: true);

    private static SourceRecord Employee(string guid, string city, string employer = "01") =>
        new(guid, employer, guid, [new("GUID", guid), new("Woonplaats", city), new("Werkgeverscode", employer), new("Toevoeging", null)]);

    private static async IAsyncEnumerable<SourceRecord> Stream(params SourceRecord[] records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }

    private static async IAsyncEnumerable<SourceRecord> FailingAfter(int count, params SourceRecord[] records)
    {
        var i = 0;
        foreach (var record in records)
        {
            await Task.Yield();
            if (i++ == count)
            {
                throw new IOException("connection reset by AFAS");
            }
            yield return record;
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task First_pull_is_all_new_and_the_same_pull_again_changes_nothing(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var detector = new ChangeDetector(db.Database, TimeProvider.System);
        var first = await detector.DetectAsync(Full, 1, Stream(Employee("a", "Utrecht"), Employee("b", "Zwolle")), default);
        Assert.Equal((2, 2, 0, 0), (first.Rows, first.New, first.Changed, first.Gone));

        var second = await detector.DetectAsync(Full, 2, Stream(Employee("b", "Zwolle"), Employee("a", "Utrecht")), default);
        Assert.Equal((2, 0, 0, 0, 2), (second.Rows, second.New, second.Changed, second.Gone, second.Unchanged));

        await using var context = db.Database.CreateContext();
        Assert.Equal(2, await context.SourceMutations.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_changed_record_names_the_fields_that_changed(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var detector = new ChangeDetector(db.Database, TimeProvider.System);
        await detector.DetectAsync(Full, 1, Stream(Employee("a", "Utrecht"), Employee("b", "Zwolle")), default);
        var counts = await detector.DetectAsync(Full, 2, Stream(Employee("a", "Amersfoort"), Employee("b", "Zwolle")), default);
        Assert.Equal((0, 1, 0), (counts.New, counts.Changed, counts.Gone));

        await using var context = db.Database.CreateContext();
        var mutation = await context.SourceMutations.SingleAsync(m => m.PullRunId == 2);
        Assert.Equal((MutationKind.Changed, "a", "Woonplaats"), (mutation.Kind, mutation.RecordKey, mutation.ChangedFields));
        Assert.Contains("Amersfoort", mutation.Fields, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Unfiltered_pull_reports_gone_records_and_filtered_pull_never_does(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var detector = new ChangeDetector(db.Database, TimeProvider.System);
        await detector.DetectAsync(Full, 1, Stream(Employee("a", "Utrecht"), Employee("b", "Zwolle")), default);

        var filtered = await detector.DetectAsync(Full with { Filtered = true }, 2, Stream(Employee("b", "Zwolle")), default);
        Assert.Equal(0, filtered.Gone);

        var full = await detector.DetectAsync(Full, 3, Stream(Employee("b", "Zwolle")), default);
        Assert.Equal(1, full.Gone);
        await using var context = db.Database.CreateContext();
        var gone = await context.SourceMutations.SingleAsync(m => m.PullRunId == 3);
        Assert.Equal((MutationKind.Gone, "a", "01"), (gone.Kind, gone.RecordKey, gone.EmployerCode));
        Assert.Contains("Utrecht", gone.Fields, StringComparison.Ordinal);
        Assert.False(await context.ConnectorRecords.AnyAsync(r => r.RecordKey == "a"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_pull_that_fails_half_way_changes_no_state(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var detector = new ChangeDetector(db.Database, TimeProvider.System);
        await detector.DetectAsync(Full, 1, Stream(Employee("a", "Utrecht")), default);

        await Assert.ThrowsAsync<IOException>(() =>
            detector.DetectAsync(Full, 2, FailingAfter(2, Employee("a", "Amersfoort"), Employee("b", "Zwolle"), Employee("c", "Breda")), default));

        await using var context = db.Database.CreateContext();
        Assert.Equal(1, await context.SourceMutations.CountAsync());
        var state = await context.ConnectorRecords.SingleAsync();
        Assert.Contains("Utrecht", state.Fields, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Field_order_does_not_matter_and_duplicates_are_counted_once(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var detector = new ChangeDetector(db.Database, TimeProvider.System);
        await detector.DetectAsync(Full, 1, Stream(Employee("a", "Utrecht")), default);
        var reordered = new SourceRecord("a", "01", "a", [new("Toevoeging", null), new("Werkgeverscode", "01"), new("Woonplaats", "Utrecht"), new("GUID", "a")]);
        var counts = await detector.DetectAsync(Full, 2, Stream(reordered, reordered), default);
        Assert.Equal((1, 0, 0, 1), (counts.Unchanged, counts.Changed, counts.New, counts.Duplicates));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Open_import_uitval_is_cleared_when_the_record_arrives_intact_unless_the_stream_needs_an_admin(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        await using (var context = db.Database.CreateContext())
        {
            foreach (var connector in new[] { Full.Connector, "Newdays_Connect_Verzuim_v1" })
            {
                context.Uitval.Add(new UitvalEntry
                {
                    Integration = "acme",
                    Connector = connector,
                    Stage = UitvalStage.Import,
                    RecordKey = "a",
                    Field = "Geboortedatum",
                    Reason = "not a date",
                    Status = UitvalStatus.Open,
                    CreatedUtc = DateTime.UtcNow,
                });
            }
            await context.SaveChangesAsync();
        }
        var detector = new ChangeDetector(db.Database, TimeProvider.System);
        var counts = await detector.DetectAsync(Full, 1, Stream(Employee("a", "Utrecht")), default);
        await detector.DetectAsync(new PullScope("acme", "Newdays_Connect_Verzuim_v1", false, AutoResolveUitval: false), 2, Stream(Employee("a", "Utrecht")), default);

        Assert.Equal(1, counts.ResolvedUitval);
        await using var check = db.Database.CreateContext();
        var byConnector = await check.Uitval.ToDictionaryAsync(u => u.Connector, u => u.Status);
        Assert.Equal(UitvalStatus.Resolved, byConnector[Full.Connector]);
        Assert.Equal(UitvalStatus.Open, byConnector["Newdays_Connect_Verzuim_v1"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Another_writer_is_not_locked_out_while_the_pull_streams(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var detector = new ChangeDetector(db.Database, TimeProvider.System);
        await detector.DetectAsync(Full, 1, Stream(Employee("a", "Utrecht")), default);
        var writes = 0;

        // the service's workers write while a pull streams from AFAS; they wait at most a second for the lock
        async IAsyncEnumerable<SourceRecord> WritingBetweenPages()
        {
            foreach (var record in new[] { Employee("a", "Amersfoort"), Employee("b", "Zwolle"), Employee("c", "Breda") })
            {
                await using var other = db.Database.CreateContext();
                other.Database.SetCommandTimeout(1);
                writes += await other.Database.ExecuteSqlRawAsync(
                    """INSERT INTO "AuditLog" ("AtUtc","User","Action","Target","Reason") VALUES ({0},'test','probe','pull',NULL)""", DateTime.UtcNow);
                yield return record;
            }
        }

        var counts = await detector.DetectAsync(Full, 2, WritingBetweenPages(), default);

        Assert.Equal((3, 2, 1), (writes, counts.New, counts.Changed));
        await using var context = db.Database.CreateContext();
        Assert.Equal(3, await context.ConnectorRecords.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Mutations_are_logged_in_the_order_the_pull_found_them_with_gone_records_last(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var detector = new ChangeDetector(db.Database, TimeProvider.System);
        await detector.DetectAsync(Full, 1, Stream(Employee("m", "Utrecht"), Employee("z", "Zwolle")), default);

        await detector.DetectAsync(Full, 2, Stream(Employee("q", "Breda"), Employee("m", "Ede"), Employee("b", "Emmen")), default);

        await using var context = db.Database.CreateContext();
        var logged = await context.SourceMutations.Where(m => m.PullRunId == 2).OrderBy(m => m.Id).Select(m => new { m.RecordKey, m.Kind }).ToListAsync();
        Assert.Equal(["q:New", "m:Changed", "b:New", "z:Gone"], logged.Select(m => $"{m.RecordKey}:{m.Kind}"));
        var gone = await context.SourceMutations.SingleAsync(m => m.PullRunId == 2 && m.Kind == MutationKind.Gone);
        Assert.Contains("Zwolle", gone.Fields, StringComparison.Ordinal);
        Assert.Equal(["b", "m", "q"], await context.ConnectorRecords.OrderBy(r => r.RecordKey).Select(r => r.RecordKey).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_held_pull_leaves_nothing_behind_for_the_next_pull(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        var detector = new ChangeDetector(db.Database, TimeProvider.System);
        await detector.DetectAsync(Full, 1, Stream(Employee("a", "Utrecht")), default);

        var held = await detector.DetectAsync(Full with { Hold = (_, _, _) => "too many changes" }, 2,
            Stream(Employee("a", "Ede"), Employee("b", "Zwolle")), default);
        var next = await detector.DetectAsync(Full, 3, Stream(Employee("a", "Utrecht"), Employee("c", "Breda")), default);

        Assert.Equal("too many changes", held.HeldReason);
        Assert.Equal((1, 0, 1), (next.New, next.Changed, next.Unchanged));
        await using var context = db.Database.CreateContext();
        Assert.Equal(["1:a", "3:c"], (await context.SourceMutations.OrderBy(m => m.Id).ToListAsync()).Select(m => $"{m.PullRunId}:{m.RecordKey}"));
        Assert.Equal(["a", "c"], await context.ConnectorRecords.OrderBy(r => r.RecordKey).Select(r => r.RecordKey).ToListAsync());
    }
}

using Gateway.Afas.Changes;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Deliver;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Uitval;

/// <summary>
/// Retrying an import uitval makes the next pull bring the record in again, as new; retrying a conversion uitval asks the
/// account's conversion to try the record again. On SQLite and PostgreSQL.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class UitvalStoreTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Retrying_an_import_uitval_forgets_the_records_stored_state_and_only_that(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        await using (var context = db.Database.CreateContext())
        {
            foreach (var key in new[] { "{A}", "{B}" })
            {
                context.ConnectorRecords.Add(new ConnectorRecordState { Integration = "acme", Connector = "Newdays_Connect_Verzuim_v1", RecordKey = key, Hash = new byte[16], Fields = "{}" });
            }
            context.Uitval.Add(new UitvalEntry { Integration = "acme", Stage = UitvalStage.Import, Connector = "Newdays_Connect_Verzuim_v1", RecordKey = "{A}", Reason = "unreadable", Status = UitvalStatus.Open });
            await context.SaveChangesAsync();
        }
        var store = new UitvalStore(db.Database, TimeProvider.System, [new DeliveryUitvalRetry(), new ConversionUitvalRetry(), new RecordUitvalRetry()]);
        var id = (await store.ListAsync(false, null, default)).Single().Id;

        var result = await store.RetryAsync(id, "fb", default);
        var again = await store.RetryAsync(id, "fb", default);

        Assert.Equal(UitvalActionOutcome.Done, result.Outcome);
        Assert.Equal(UitvalActionOutcome.Conflict, again.Outcome);
        await using var check = db.Database.CreateContext();
        Assert.Equal(["{B}"], await check.ConnectorRecords.Select(r => r.RecordKey).ToListAsync());
        Assert.Equal("uitval.retry", (await check.AuditLog.SingleAsync()).Action);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Retrying_a_validation_uitval_keeps_the_state_and_asks_the_conversion_to_try_the_record_again(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider, postgres);
        await using (var context = db.Database.CreateContext())
        {
            context.ConnectorRecords.Add(new ConnectorRecordState { Integration = "acme", Connector = "Newdays_Connect_Verzuim_v1", RecordKey = "{A}", Hash = new byte[16], Fields = "{}" });
            context.Uitval.Add(new UitvalEntry { Integration = "acme", Account = "arbo", Stage = UitvalStage.Validation, Connector = "Newdays_Connect_Verzuim_v1", RecordKey = "{A}", Reason = "invalid", Status = UitvalStatus.Open });
            await context.SaveChangesAsync();
        }
        var store = new UitvalStore(db.Database, TimeProvider.System, [new DeliveryUitvalRetry(), new ConversionUitvalRetry(), new RecordUitvalRetry()]);
        var id = (await store.ListAsync(false, "arbo", default)).Single().Id;

        var result = await store.RetryAsync(id, "fb", default);

        Assert.Equal(UitvalActionOutcome.Done, result.Outcome);
        await using var check = db.Database.CreateContext();
        Assert.Equal(["{A}"], await check.ConnectorRecords.Select(r => r.RecordKey).ToListAsync());
        var entry = await check.Uitval.SingleAsync();
        Assert.Equal(UitvalStatus.Resolved, entry.Status);
        Assert.NotNull(entry.RetryRequestedUtc);
        Assert.Equal("retried by fb: the conversion tries the record again with the current AFAS state", entry.Resolution);
    }
}

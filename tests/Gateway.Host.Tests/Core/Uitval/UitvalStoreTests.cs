using Gateway.Afas.Changes;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Deliver;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Uitval;

/// <summary>Retrying an uitval of the conversion stages makes the next pull bring the record in again, as new.</summary>
public sealed class UitvalStoreTests
{
    [Fact]
    public async Task Retrying_a_validation_uitval_forgets_the_records_stored_state_and_only_that()
    {
        await using var db = await TempSqliteDatabase.CreateAsync();
        await using (var context = db.Database.CreateContext())
        {
            foreach (var key in new[] { "{A}", "{B}" })
            {
                context.ConnectorRecords.Add(new ConnectorRecordState { Integration = "acme", Connector = "Newdays_Connect_Verzuim_v1", RecordKey = key, Hash = new byte[16], Fields = "{}" });
            }
            context.Uitval.Add(new UitvalEntry { Integration = "acme", Stage = UitvalStage.Validation, Connector = "Newdays_Connect_Verzuim_v1", RecordKey = "{A}", Reason = "invalid", Status = UitvalStatus.Open });
            await context.SaveChangesAsync();
        }
        var store = new UitvalStore(db.Database, TimeProvider.System, [new DeliveryUitvalRetry(), new RecordUitvalRetry()]);
        var id = (await store.ListAsync(false, null, default)).Single().Id;

        var result = await store.RetryAsync(id, "fb", default);
        var again = await store.RetryAsync(id, "fb", default);

        Assert.Equal(UitvalActionOutcome.Done, result.Outcome);
        Assert.Equal(UitvalActionOutcome.Conflict, again.Outcome);
        await using var check = db.Database.CreateContext();
        Assert.Equal(["{B}"], await check.ConnectorRecords.Select(r => r.RecordKey).ToListAsync());
        Assert.Equal("uitval.retry", (await check.AuditLog.SingleAsync()).Action);
    }
}

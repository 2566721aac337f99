using System.Data.Common;
using System.Text;
using System.Text.Json;
using Gateway.Contracts;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Tests.Ledger;

/// <summary>
/// A conversion batch's messages and events are inserted set-based within the caller's transaction: stored exactly as
/// the change tracker stores one message (the same raw column values and types, so queries and indexes on Guid and
/// date columns work alike), in the given order, and committed or rolled back whole with the transaction.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class LedgerBatchWriteTests(PostgresServer postgres)
{
    private static readonly DateTime Now = new DateTime(2026, 12, 7, 21, 45, 12, 345, DateTimeKind.Utc).AddTicks(6789);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_batch_stores_every_column_in_the_form_the_change_tracker_stores_it(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        await using (var context = database.Database.CreateContext())
        {
            await LedgerWriter.AddAsync(context, Message("TRACKED", 41), Now, default);
            await context.SaveChangesAsync();
        }
        await using (var context = database.Database.CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            // the second row of a batch: its values go through the statement the first one prepared
            await LedgerWriter.AddAllAsync(context, "arbo", [Message("FIRST", 40), Message("BATCH", 41)], Now, default);
            await transaction.CommitAsync();
        }

        await using var read = database.Database.CreateContext();
        var tracked = await RawRowAsync(read, "LedgerMessages", "Berrefnr", "TRACKED");
        var batch = await RawRowAsync(read, "LedgerMessages", "Berrefnr", "BATCH");
        Assert.Equal(tracked.Keys.Order(), batch.Keys.Order());
        Assert.NotEqual(tracked["Id"], batch["Id"]);
        foreach (var column in tracked.Keys.Except(["Id", "MessageId", "Berrefnr", "FileName"]))
        {
            Assert.True(Equals(tracked[column], batch[column]), $"{column}: {tracked[column]} stored by the tracker, {batch[column]} by the batch");
        }
        foreach (var column in new[] { "Id", "MessageId", "Berrefnr", "FileName" })
        {
            Assert.Equal(tracked[column].GetType(), batch[column].GetType());
        }
        var messageId = await read.LedgerMessages.Where(m => m.Berrefnr == "BATCH").Select(m => m.MessageId).SingleAsync();
        if (provider == "sqlite")
        {
            // EF Core's SQLite converters: a Guid as upper-case text, a DateTime as text to the tick
            Assert.Equal(messageId.ToString().ToUpperInvariant(), batch["MessageId"]);
            Assert.Equal("2026-12-07 21:45:12.3456789", batch["CreatedUtc"]);
        }
        // the batch's rows answer the same queries (the unique index on MessageId, date comparisons)
        Assert.Equal("BATCH", await read.LedgerMessages.Where(m => m.MessageId == messageId).Select(m => m.Berrefnr).SingleAsync());
        Assert.Equal(3, await read.LedgerMessages.CountAsync(m => m.CreatedUtc == Now && m.StateChangedUtc >= Now && m.DeliveredUtc == null));

        var events = await read.OutboxEvents.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(3, events.Count);
        var trackedEvent = await RawRowAsync(read, "OutboxEvents", "Id", events[0].Id);
        var batchEvent = await RawRowAsync(read, "OutboxEvents", "Id", events[2].Id);
        Assert.Equal(trackedEvent["Type"], batchEvent["Type"]);
        Assert.Equal(trackedEvent["CreatedUtc"], batchEvent["CreatedUtc"]);
        Assert.Equal(JsonSerializer.Serialize(new SiviMessageValidated(messageId, "arbo", "Verzuimmeldingen", "2025", "CASE")), events[2].Payload);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_batch_keeps_its_order_in_the_ids_and_each_message_has_its_event(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        var berrefnrs = Enumerable.Range(0, 1200).Select(i => $"B{(i * 7919) % 1200:D5}").ToList();
        await using (var context = database.Database.CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await LedgerWriter.AddAllAsync(context, "arbo", berrefnrs.Select((b, i) => Message(b, i)), Now, default);
            await transaction.CommitAsync();
        }

        await using var read = database.Database.CreateContext();
        var stored = await read.LedgerMessages.OrderBy(m => m.Id).Select(m => new { m.Berrefnr, m.MessageId, m.State, m.Body, m.BodyLength, m.SourceMutationId }).ToListAsync();
        Assert.Equal(berrefnrs, stored.Select(m => m.Berrefnr));
        Assert.All(stored, m => Assert.Equal(LedgerState.Queued, m.State));
        Assert.Equal(Body("same body"), BodyCompression.Decompress(stored[17].Body, stored[17].BodyLength));
        Assert.Equal(17, stored[17].SourceMutationId);
        var events = await read.OutboxEvents.OrderBy(e => e.Id).Select(e => e.Payload).ToListAsync();
        Assert.Equal(stored.Select(m => m.MessageId), events.Select(e => JsonSerializer.Deserialize<SiviMessageValidated>(e)!.MessageId));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_batch_is_all_or_nothing_with_its_transaction(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        await using (var context = database.Database.CreateContext())
        {
            // rolled back: nothing of the batch stays
            await using var transaction = await context.Database.BeginTransactionAsync();
            await LedgerWriter.AddAllAsync(context, "arbo", [Message("R1", 1), Message("R2", 2)], Now, default);
            await transaction.RollbackAsync();
        }
        await using (var context = database.Database.CreateContext())
        {
            // the third message repeats a Berrefnr (unique): the statement fails and the transaction takes the first two back
            await using var transaction = await context.Database.BeginTransactionAsync();
            await Assert.ThrowsAnyAsync<DbException>(() => LedgerWriter.AddAllAsync(context, "arbo", [Message("D1", 1), Message("D2", 2), Message("D1", 3)], Now, default));
        }
        await using (var context = database.Database.CreateContext())
        {
            // without a transaction each row would commit alone: refused before anything is written
            await Assert.ThrowsAsync<InvalidOperationException>(() => LedgerWriter.AddAllAsync(context, "arbo", [Message("N1", 1)], Now, default));
        }

        await using var read = database.Database.CreateContext();
        Assert.Equal(0, await read.LedgerMessages.CountAsync());
        Assert.Equal(0, await read.OutboxEvents.CountAsync());
    }

    private static NewLedgerMessage Message(string berrefnr, long mutation) =>
        new("arbo", "Verzuimmeldingen", "2025", "CASE", berrefnr, $"VZ_{berrefnr}.xml", Body("same body"), mutation);

    private static byte[] Body(string text) => Encoding.UTF8.GetBytes($"<Verzuimmeldingen>{text}</Verzuimmeldingen>");

    /// <summary>A row's columns as the provider returns them raw (on SQLite: text, integer or blob as stored).</summary>
    private static async Task<Dictionary<string, object>> RawRowAsync(GatewayDbContext context, string table, string keyColumn, object key)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{keyColumn}\" = @k";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "k";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var row = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var value = reader.GetValue(i);
            row[reader.GetName(i)] = value is byte[] bytes ? System.Convert.ToHexString(bytes) : value;
        }
        return row;
    }
}

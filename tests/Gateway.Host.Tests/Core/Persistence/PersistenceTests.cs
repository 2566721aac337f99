using Gateway.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Persistence;

/// <summary>
/// The migrated schema serves the model on both providers: every mapped column of every entity exists, and a row of every
/// entity round-trips (the schema itself is compared with the model in <see cref="ModelSnapshotTests"/>).
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class PersistenceTests(PostgresServer postgres)
{
    public static TheoryData<string> Providers() => TestDatabases.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_mapped_column_exists_after_migration(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        await using var context = database.Database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var checkedColumns = 0;
        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = entity.GetProperties().Select(p => p.GetColumnName()).ToList();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(",", columns.Select(c => $"\"{c}\""))} FROM \"{table}\" WHERE 1=0";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.Equal(columns.Count, reader.FieldCount);
            checkedColumns += columns.Count;
        }
        Assert.True(checkedColumns > 80, $"only {checkedColumns} columns checked");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_ledger_message_with_every_field_set_round_trips(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        var now = new DateTime(2026, 11, 29, 12, 30, 15, DateTimeKind.Utc);
        var message = new Gateway.Core.Ledger.LedgerMessage
        {
            MessageId = Guid.CreateVersion7(),
            Account = "arbo",
            MessageType = "Verzuimmeldingen",
            Release = "2025",
            CaseKey = "C",
            Berrefnr = "B1",
            FileName = "VZ_B1.xml",
            State = Gateway.Core.Ledger.LedgerState.Delivered,
            Body = [1, 2, 3],
            BodyLength = 3,
            SourceMutationId = 42,
            Attempts = 2,
            NextAttemptUtc = now,
            LastError = "e",
            CreatedUtc = now,
            StateChangedUtc = now,
            DeliveredUtc = now,
            AcknowledgedUtc = now,
            CollectedUtc = now,
        };
        await using (var context = database.Database.CreateContext())
        {
            context.LedgerMessages.Add(message);
            context.AuditLog.Add(new Gateway.Core.Audit.AuditEntry { AtUtc = now, User = "u", Action = "a", Target = "t", Reason = "r" });
            context.AccountStates.Add(new Gateway.Core.Accounts.AccountState { Account = "arbo", Blocked = true, ChangedUtc = now, ChangedBy = "u" });
            await context.SaveChangesAsync();
        }
        await using var check = database.Database.CreateContext();
        var back = await check.LedgerMessages.AsNoTracking().SingleAsync();
        Assert.Equal(
            (message.MessageId, message.State, message.SourceMutationId, message.CollectedUtc),
            (back.MessageId, back.State, back.SourceMutationId, DateTime.SpecifyKind(back.CollectedUtc!.Value, DateTimeKind.Utc)));
        Assert.Equal(message.Body, back.Body);
        Assert.True((await check.AccountStates.SingleAsync()).Blocked);
        Assert.Equal("r", (await check.AuditLog.SingleAsync()).Reason);
    }
}

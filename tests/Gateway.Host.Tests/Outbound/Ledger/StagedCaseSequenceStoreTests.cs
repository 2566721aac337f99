using Gateway.Host.Tests.Support;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Tests.Ledger;

/// <summary>
/// Case numbers issued in memory for a batch converted outside its transaction: stored with the batch's transaction,
/// and never over a number another issuer stored meanwhile (the batch rolls back instead).
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class StagedCaseSequenceStoreTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Numbers_issued_in_memory_are_stored_with_the_transaction_from_the_last_stored_one(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        await using (var context = database.Database.CreateContext())
        {
            Assert.True(await new DatabaseCaseSequenceStore(context).TryIssueAsync("arbo|OLD", 1, default));
        }

        await using (var staged = new StagedCaseSequenceStore(database.Database))
        {
            Assert.Equal(1, await staged.LastAsync("arbo|OLD", default));
            Assert.False(await staged.TryIssueAsync("arbo|OLD", 1, default)); // not twice
            Assert.True(await staged.TryIssueAsync("arbo|OLD", 2, default));
            Assert.True(await staged.TryIssueAsync("arbo|OLD", 3, default));
            Assert.False(await staged.TryIssueAsync("arbo|NEW", 2, default)); // not before 1
            Assert.True(await staged.TryIssueAsync("arbo|NEW", 1, default));
            Assert.Equal(0, await staged.LastAsync("arbo|UNTOUCHED", default));

            // nothing is stored before the batch's transaction writes it
            await using (var peek = database.Database.CreateContext())
            {
                Assert.Equal(1, await new DatabaseCaseSequenceStore(peek).LastAsync("arbo|OLD", default));
            }
            await using var context = database.Database.CreateContext();
            await using var transaction = await context.Database.BeginTransactionAsync();
            await staged.WriteAsync(context, default);
            await transaction.CommitAsync();
        }

        await using var after = database.Database.CreateContext();
        var stored = await after.CaseSequences.OrderBy(c => c.CaseKey).Select(c => new { c.CaseKey, c.Last }).ToListAsync();
        Assert.Equal([("NEW", 1), ("OLD", 3)], stored.Select(c => (c.CaseKey, c.Last)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_case_numbered_by_another_issuer_meanwhile_rolls_the_batch_back(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        await using var staged = new StagedCaseSequenceStore(database.Database);
        Assert.True(await staged.TryIssueAsync("arbo|A", 1, default));
        Assert.True(await staged.TryIssueAsync("arbo|B", 1, default));
        await using (var other = database.Database.CreateContext())
        {
            // another issuer numbers case B after this batch read it
            Assert.True(await new DatabaseCaseSequenceStore(other).TryIssueAsync("arbo|B", 1, default));
        }

        await using (var context = database.Database.CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => staged.WriteAsync(context, default));
        }

        await using var after = database.Database.CreateContext();
        var stored = await after.CaseSequences.Select(c => new { c.CaseKey, c.Last }).ToListAsync();
        Assert.Equal([("B", 1)], stored.Select(c => (c.CaseKey, c.Last)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Cases_read_ahead_for_a_batch_continue_from_their_stored_numbers_and_still_roll_back_on_a_race(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        await using (var context = database.Database.CreateContext())
        {
            var store = new DatabaseCaseSequenceStore(context);
            Assert.True(await store.TryIssueAsync("arbo|OLD", 1, default));
            Assert.True(await store.TryIssueAsync("arbo|OLD", 2, default));
        }

        await using var staged = new StagedCaseSequenceStore(database.Database);
        await staged.PreloadAsync("arbo", ["OLD", "NEW"], default);
        await using (var other = database.Database.CreateContext())
        {
            // another issuer numbers case OLD after this batch read it ahead
            Assert.True(await new DatabaseCaseSequenceStore(other).TryIssueAsync("arbo|OLD", 3, default));
        }
        Assert.Equal(2, await staged.LastAsync("arbo|OLD", default));
        Assert.Equal(0, await staged.LastAsync("arbo|NEW", default));
        Assert.True(await staged.TryIssueAsync("arbo|OLD", 3, default));
        Assert.True(await staged.TryIssueAsync("arbo|NEW", 1, default));

        await using (var context = database.Database.CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => staged.WriteAsync(context, default));
        }

        await using var after = database.Database.CreateContext();
        var stored = await after.CaseSequences.Select(c => new { c.CaseKey, c.Last }).ToListAsync();
        Assert.Equal([("OLD", 3)], stored.Select(c => (c.CaseKey, c.Last)));
    }
}

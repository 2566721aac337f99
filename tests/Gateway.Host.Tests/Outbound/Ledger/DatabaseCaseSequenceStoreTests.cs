using Gateway.Host.Tests.Support;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Tests.Ledger;

/// <summary>
/// Case sequence numbers in the ledger: a number is issued only as the next one of its case, only to one issuer, per
/// account, and only when the caller's transaction commits.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class DatabaseCaseSequenceStoreTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_number_is_issued_once_only_as_the_next_of_its_case_and_only_with_its_transaction(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider, postgres);
        await using (var context = database.Database.CreateContext())
        {
            var store = new DatabaseCaseSequenceStore(context);

            Assert.False(await store.TryIssueAsync("arbo|CASE-1", 2, default)); // not before 1
            Assert.True(await store.TryIssueAsync("arbo|CASE-1", 1, default));
            Assert.False(await store.TryIssueAsync("arbo|CASE-1", 1, default)); // not twice
            Assert.False(await store.TryIssueAsync("arbo|CASE-1", 3, default)); // no gap
            Assert.True(await store.TryIssueAsync("arbo|CASE-1", 2, default));
            Assert.True(await store.TryIssueAsync("other|CASE-1", 1, default)); // per account
            Assert.Equal((2, 1, 0), (await store.LastAsync("arbo|CASE-1", default), await store.LastAsync("other|CASE-1", default),
                await store.LastAsync("arbo|CASE-2", default)));
        }

        await using (var context = database.Database.CreateContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            Assert.True(await new DatabaseCaseSequenceStore(context).TryIssueAsync("arbo|CASE-1", 3, default));
            await transaction.RollbackAsync();
        }

        await using var after = database.Database.CreateContext();
        Assert.Equal(2, await new DatabaseCaseSequenceStore(after).LastAsync("arbo|CASE-1", default));
        Assert.Equal(2, await after.CaseSequences.CountAsync());
    }
}

using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Register;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Persistence;

/// <summary>
/// Nodes of one environment start together and each brings the database up to date: migrating the register (which
/// migrates the gateway's tables first) from several processes at once must succeed everywhere and apply each
/// migration once.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ConcurrentMigrationTests(PostgresServer postgres)
{
    [RequiresPostgresFact]
    public async Task Four_nodes_migrating_an_empty_database_at_once_all_succeed()
    {
        var options = await postgres.CreateEmptyDatabaseAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new ReceivingDatabase(options).MigrateAsync(CancellationToken.None))));

        await using var register = new ReceivingDatabase(options).CreateContext();
        Assert.Equal(0, register.Files.Count());
        Assert.Equal(0, register.PendingRetourmeldingen.Count());
        await using var gateway = new GatewayDatabase(options).CreateContext();
        Assert.Equal(0, gateway.LedgerMessages.Count());
        Assert.Empty(await gateway.Database.GetPendingMigrationsAsync());
    }
}

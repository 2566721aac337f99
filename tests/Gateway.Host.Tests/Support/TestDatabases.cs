using Gateway.Core.Persistence;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// Runs database tests on every provider that can run here: SQLite always, PostgreSQL when the real server could
/// be started (<see cref="PostgresAvailabilityTests"/> reports it when not).
/// </summary>
public static class TestDatabases
{
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (PostgresServer.UnavailableReason is null)
        {
            data.Add("postgres");
        }
        return data;
    }

    public static async Task<TestDatabase> CreateAsync(string provider, PostgresServer postgres) => provider switch
    {
        "sqlite" => new TestDatabase(await TempSqliteDatabase.CreateAsync()),
        "postgres" => new TestDatabase(await postgres.CreateDatabaseAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}

public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TempSqliteDatabase? _owner;

    public TestDatabase(TempSqliteDatabase sqlite)
    {
        _owner = sqlite;
        Database = sqlite.Database;
    }

    public TestDatabase(GatewayDatabase database) => Database = database;

    public GatewayDatabase Database { get; }

    public ValueTask DisposeAsync() => _owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}

[Collection(PostgresGroup.Name)]
public class PostgresAvailabilityTests(PostgresServer postgres)
{
    [RequiresPostgresFact]
    public async Task The_real_PostgreSQL_server_runs_for_the_database_tests()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var context = database.CreateContext();
        Assert.True(await context.Database.CanConnectAsync());
    }
}

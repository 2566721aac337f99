using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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

    /// <summary>
    /// A database of <paramref name="provider"/> migrated only up to <paramref name="migration"/>: for seeding rows the
    /// way an older version wrote them before the migrations after it run.
    /// </summary>
    public static async Task<TestDatabase> MigratedToAsync(string provider, PostgresServer postgres, string migration)
    {
        var folder = Directory.CreateTempSubdirectory("gateway-migration-");
        var options = provider == "postgres"
            ? await postgres.CreateEmptyDatabaseAsync()
            : new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(folder.FullName, "gateway.db")};Pooling=False" };
        var database = new GatewayDatabase(options);
        await using (var context = database.CreateContext())
        {
            await context.GetService<IMigrator>().MigrateAsync(migration);
        }
        return new TestDatabase(database, folder);
    }
}

public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TempSqliteDatabase? _owner;
    private readonly DirectoryInfo? _folder;

    public TestDatabase(TempSqliteDatabase sqlite)
    {
        _owner = sqlite;
        Database = sqlite.Database;
    }

    public TestDatabase(GatewayDatabase database) => Database = database;

    public TestDatabase(GatewayDatabase database, DirectoryInfo folder) => (Database, _folder) = (database, folder);

    public GatewayDatabase Database { get; }

    public ValueTask DisposeAsync()
    {
        _folder?.Delete(recursive: true);
        return _owner?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
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

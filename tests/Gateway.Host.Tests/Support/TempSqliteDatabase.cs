using Gateway.Core.Persistence;

namespace Gateway.Host.Tests.Support;

/// <summary>A migrated SQLite gateway database in its own temporary folder.</summary>
public sealed class TempSqliteDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-db-").FullName;

    private TempSqliteDatabase()
    {
        Database = new GatewayDatabase(new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={Path.Combine(_folder, "gateway.db")};Pooling=False",
        });
    }

    public GatewayDatabase Database { get; }

    public static async Task<TempSqliteDatabase> CreateAsync()
    {
        var db = new TempSqliteDatabase();
        await db.Database.MigrateAsync(CancellationToken.None);
        return db;
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

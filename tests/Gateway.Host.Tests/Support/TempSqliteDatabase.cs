using Gateway.Core.Persistence;

namespace Gateway.Host.Tests.Support;

/// <summary>A migrated SQLite gateway database in its own temporary folder.</summary>
public sealed class TempSqliteDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-db-").FullName;

    private TempSqliteDatabase(int? busyTimeoutSeconds)
    {
        var timeout = busyTimeoutSeconds is { } seconds ? $";Default Timeout={seconds}" : "";
        Database = new GatewayDatabase(new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={FilePath};Pooling=False{timeout}",
        });
    }

    /// <summary>The database file.</summary>
    public string FilePath => Path.Combine(_folder, "gateway.db");

    public GatewayDatabase Database { get; }

    /// <param name="busyTimeoutSeconds">How long a command waits for a lock another connection holds (SQLite's default: 30 s).</param>
    public static async Task<TempSqliteDatabase> CreateAsync(int? busyTimeoutSeconds = null)
    {
        var db = new TempSqliteDatabase(busyTimeoutSeconds);
        await db.Database.MigrateAsync(CancellationToken.None);
        return db;
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

using Gateway.Core.Persistence;

namespace Gateway.Host.Tests.Operator;

/// <summary>A migrated SQLite database in a folder of its own, and a configuration file that names it, for running CLI commands against.</summary>
internal sealed class CliDatabase : IAsyncDisposable
{
    private readonly string _directory;

    private CliDatabase(string directory, string config, GatewayDatabase database) => (_directory, Config, Database) = (directory, config, database);

    /// <summary>The configuration file to pass with <c>--config</c>.</summary>
    public string Config { get; }

    public GatewayDatabase Database { get; }

    public static async Task<CliDatabase> CreateAsync(string name)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"gateway-{name}-{Guid.NewGuid():N}")).FullName;
        var config = Path.Combine(directory, "gateway.json");
        var db = Path.Combine(directory, "gateway.db");
        await File.WriteAllTextAsync(config, $$"""{ "Gateway": { "Database": { "ConnectionString": "Data Source={{db}}" } } }""");
        var database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={db}" });
        await database.MigrateAsync(default);
        return new CliDatabase(directory, config, database);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

namespace Gateway.Core.Persistence;

/// <summary>Configuration section <c>Gateway:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Gateway:Database";

    /// <summary><c>Sqlite</c> (default, embedded under ./var) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Default: <c>Data Source=var/gateway.db</c> for SQLite.</summary>
    public string? ConnectionString { get; set; }

    public string EffectiveConnectionString => ConnectionString ?? Provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=var/gateway.db",
        _ => throw new InvalidOperationException($"{Section}:ConnectionString is required for {Provider}"),
    };
}

public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}

namespace Gateway.Host.Tests.Support;

/// <summary>A test that needs the real PostgreSQL server; reports why and skips where it cannot run.</summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public RequiresPostgresFactAttribute()
    {
        if (PostgresServer.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

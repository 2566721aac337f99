using Microsoft.EntityFrameworkCore.Design;

namespace Gateway.Core.Persistence;

// What `dotnet ef migrations add` builds the gateway's contexts with (docs/operations.md, Schema changes). The design-time
// tools only read the model; they never connect, so the connection strings name nothing real.

internal sealed class SqliteGatewayDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGatewayDbContext>
{
    public SqliteGatewayDbContext CreateDbContext(string[] args) => (SqliteGatewayDbContext)new GatewayDatabase(
        new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" }).CreateContext();
}

internal sealed class PostgresGatewayDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGatewayDbContext>
{
    public PostgresGatewayDbContext CreateDbContext(string[] args) => (PostgresGatewayDbContext)new GatewayDatabase(
        new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=design-time" }).CreateContext();
}

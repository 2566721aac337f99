using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Gateway.Receiving.Register;

// What `dotnet ef migrations add` builds the register's contexts with (docs/operations.md, Schema changes). The
// design-time tools only read the model; they never connect, so the connection strings name nothing real.

internal sealed class SqliteReceivingDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReceivingDbContext>
{
    public SqliteReceivingDbContext CreateDbContext(string[] args) => (SqliteReceivingDbContext)new ReceivingDatabase(
        new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" }).CreateContext();
}

internal sealed class PostgresReceivingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresReceivingDbContext>
{
    public PostgresReceivingDbContext CreateDbContext(string[] args) => (PostgresReceivingDbContext)new ReceivingDatabase(
        new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=design-time" }).CreateContext();
}
